package io.partnerhub.platform.registry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static io.partnerhub.platform.registry.DevSchemaRegistryTest.V1;
import static io.partnerhub.platform.registry.DevSchemaRegistryTest.V2_OPTIONAL_B;
import static io.partnerhub.platform.registry.DevSchemaRegistryTest.V3_REQUIRED_B;
import static io.partnerhub.platform.registry.RegistryHttp.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry keeps its state in Kafka's compacted _schemas topic and replays it on start. */
class DevSchemaRegistryRestartIT {

    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    @Test
    void aRestartedRegistryKnowsItsSchemasIdsAndConfig() {
        try (DevSchemaRegistry first = DevSchemaRegistry.start(kafka.getBrokersAsString(), 0)) {
            RegistryHttp http = new RegistryHttp(first.url());
            http.post("/subjects/s/versions", schemaBody(V1));
            http.post("/subjects/s/versions", schemaBody(V2_OPTIONAL_B));
            http.post("/subjects/other/versions", schemaBody(V3_REQUIRED_B));
            http.put("/config", "{\"compatibility\":\"FULL\"}");
            http.put("/config/s", "{\"compatibility\":\"NONE\"}");
        }

        try (DevSchemaRegistry second = DevSchemaRegistry.start(kafka.getBrokersAsString(), 0)) {
            RegistryHttp http = new RegistryHttp(second.url());

            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"other\",\"s\"]");
            assertThat(http.get("/subjects/s/versions").body().toString()).isEqualTo("[1,2]");
            assertThat(http.get("/subjects/other/versions/latest").body().get("id").asInt()).isEqualTo(3);
            assertThat(http.get("/schemas/ids/2").body().get("schema").asText()).contains("\"b\"");
            assertThat(http.post("/subjects/s/versions", schemaBody(V1)).body().get("id").asInt()).isEqualTo(1);
            assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FULL");
            assertThat(http.get("/config/s").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
            assertThat(http.post("/subjects/new/versions", schemaBody(
                    "{\"type\":\"record\",\"name\":\"New\",\"fields\":[]}")).body().get("id").asInt())
                    .as("ids keep counting after a restart").isEqualTo(4);
        }
    }
}
