package io.partnerhub.platform.registry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.partnerhub.platform.registry.RegistryHttp.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

class DevSchemaRegistryTest {

    static final String V1 = "{\"type\":\"record\",\"name\":\"Thing\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"}]}";
    static final String V1_REFORMATTED = "{ \"namespace\": \"t\", \"type\": \"record\", \"name\": \"Thing\",\n"
            + "  \"fields\": [ { \"type\": \"string\", \"name\": \"a\" } ] }";
    static final String V2_OPTIONAL_B = "{\"type\":\"record\",\"name\":\"Thing\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"string\",\"default\":\"x\"}]}";
    static final String V3_REQUIRED_B = "{\"type\":\"record\",\"name\":\"Thing\",\"namespace\":\"t\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"string\"}]}";
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private DevSchemaRegistry registry;
    private RegistryHttp http;

    @BeforeEach
    void start() {
        registry = DevSchemaRegistry.startInMemory();
        http = new RegistryHttp(registry.url());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void registersAndGivesTheSameIdForTheSameSchemaInAnyFormatting() {
        RegistryHttp.Response first = http.post("/subjects/s-value/versions", schemaBody(V1));
        RegistryHttp.Response again = http.post("/subjects/s-value/versions", schemaBody(V1_REFORMATTED));
        RegistryHttp.Response otherSubject = http.post("/subjects/other/versions", schemaBody(V1));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo(CONTENT_TYPE);
        assertThat(first.body().get("id").asInt()).isEqualTo(1);
        assertThat(again.body().get("id").asInt()).isEqualTo(1);
        assertThat(otherSubject.body().get("id").asInt()).isEqualTo(1);
        assertThat(http.get("/subjects/s-value/versions").body().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"other\",\"s-value\"]");
    }

    @Test
    void servesSchemasByIdAndSubjectVersions() {
        http.post("/subjects/s/versions", schemaBody(V1));
        http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL_B));

        assertThat(http.get("/schemas/ids/2?subject=s").body().get("schema").asText())
                .isEqualTo(new org.apache.avro.Schema.Parser().parse(V2_OPTIONAL_B).toString());
        assertThat(http.get("/schemas/ids/1/versions").body().toString())
                .isEqualTo("[{\"subject\":\"s\",\"version\":1}]");
        assertThat(http.get("/subjects/s/versions/latest").body().get("version").asInt()).isEqualTo(2);
        assertThat(http.get("/subjects/s/versions/1").body().get("id").asInt()).isEqualTo(1);
        assertThat(http.get("/subjects/s/versions/2/schema").body().get("fields").size()).isEqualTo(2);
        RegistryHttp.Response lookup = http.post("/subjects/s?normalize=false&deleted=false", schemaBody(V1_REFORMATTED));
        assertThat(lookup.body().get("id").asInt()).isEqualTo(1);
        assertThat(lookup.body().get("version").asInt()).isEqualTo(1);
        assertThat(lookup.body().get("subject").asText()).isEqualTo("s");
    }

    @Test
    void answersConfluentErrorBodies() {
        http.post("/subjects/s/versions", schemaBody(V1));

        assertError(http.get("/subjects/missing/versions"), 404, 40401);
        assertError(http.get("/subjects/s/versions/7"), 404, 40402);
        assertError(http.get("/subjects/s/versions/zero"), 422, 42202);
        assertError(http.get("/schemas/ids/99"), 404, 40403);
        assertError(http.post("/subjects/s", schemaBody(V2_OPTIONAL_B)), 404, 40403);
        assertError(http.post("/subjects/missing", schemaBody(V1)), 404, 40401);
        assertError(http.post("/subjects/s/versions", schemaBody("{\"type\":\"nonsense\"}")), 422, 42201);
        assertError(http.post("/subjects/s/versions", "{\"schema\":\"x\",\"schemaType\":\"PROTOBUF\"}"), 422, 42201);
        assertError(http.post("/subjects/s/versions", schemaBody(V3_REQUIRED_B)), 409, 409);
        assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
        assertError(http.get("/config/s"), 404, 40408);
        assertError(http.get("/nowhere"), 404, 404);
    }

    @Test
    void checksCompatibilityByLevelIncludingTransitiveOnes() {
        http.post("/subjects/s/versions", schemaBody(V1));
        http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL_B));

        // V3 can read V2 data (b is there) but not V1 data (b missing, no default)
        assertThat(compatible("/compatibility/subjects/s/versions/latest", V3_REQUIRED_B)).isTrue();
        assertThat(compatible("/compatibility/subjects/s/versions/1", V3_REQUIRED_B)).isFalse();
        assertThat(http.put("/config/s", "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}").body().get("compatibility")
                .asText()).isEqualTo("BACKWARD_TRANSITIVE");
        assertThat(compatible("/compatibility/subjects/s/versions/latest", V3_REQUIRED_B)).isFalse();
        assertThat(http.post("/compatibility/subjects/s/versions/latest?verbose=true", schemaBody(V3_REQUIRED_B))
                .body().get("messages").get(0).asText()).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(http.post("/subjects/s/versions", schemaBody(V3_REQUIRED_B)).status()).isEqualTo(409);
        assertThat(compatible("/compatibility/subjects/new/versions/latest", V1)).isTrue();
    }

    @Test
    void forwardLevelRefusesANewSchemaTheOldReaderCannotRead() {
        http.put("/config/s", "{\"compatibility\":\"FORWARD\"}");
        http.post("/subjects/s/versions", schemaBody(V3_REQUIRED_B));

        // an old reader (needs b) cannot read new data without b
        assertThat(http.post("/subjects/s/versions", schemaBody(V1)).status()).isEqualTo(409);
        http.put("/config/s", "{\"compatibility\":\"FULL\"}");
        assertThat(http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL_B)).status()).isEqualTo(200);
        http.put("/config/s", "{\"compatibility\":\"NONE\"}");
        assertThat(http.post("/subjects/s/versions", schemaBody(V1)).status()).isEqualTo(200);
    }

    @Test
    void keepsGlobalAndSubjectConfig() {
        assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
        assertThat(http.put("/config", "{\"compatibility\":\"full\"}").body().toString())
                .isEqualTo("{\"compatibility\":\"FULL\"}");
        http.put("/config/s", "{\"compatibility\":\"NONE\"}");

        assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FULL");
        assertThat(http.get("/config/s").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
        assertThat(http.get("/config/t?defaultToGlobal=true").body().get("compatibilityLevel").asText())
                .isEqualTo("FULL");
    }

    private boolean compatible(String path, String schema) {
        RegistryHttp.Response response = http.post(path, schemaBody(schema));
        assertThat(response.status()).isEqualTo(200);
        return response.body().get("is_compatible").asBoolean();
    }

    private static void assertError(RegistryHttp.Response response, int status, int errorCode) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(CONTENT_TYPE);
        assertThat(response.body().get("error_code").asInt()).isEqualTo(errorCode);
        assertThat(response.body().get("message").asText()).isNotBlank();
    }
}
