package io.partnerhub.kit.registry;

import com.sun.net.httpserver.HttpServer;
import io.partnerhub.platform.registry.DevSchemaRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRegistryClientTest {

    private static final String V1 = """
            {"type":"record","name":"Thing","namespace":"t","fields":[{"name":"a","type":"string"}]}""";
    private static final String V2_OPTIONAL_FIELD = """
            {"type":"record","name":"Thing","namespace":"t","fields":[{"name":"a","type":"string"},
             {"name":"b","type":["null","string"],"default":null}]}""";
    private static final String V2_REQUIRED_FIELD = """
            {"type":"record","name":"Thing","namespace":"t","fields":[{"name":"a","type":"string"},
             {"name":"b","type":"string"}]}""";

    private DevSchemaRegistry registry;
    private SchemaRegistryClient client;

    @BeforeEach
    void start() {
        registry = DevSchemaRegistry.startInMemory();
        client = new SchemaRegistryClient(registry.url());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void registersLooksUpAndListsSchemas() {
        int id = client.register("s-value", V1);
        int id2 = client.register("s-value", V2_OPTIONAL_FIELD);

        assertThat(client.register("s-value", V1)).isEqualTo(id);
        assertThat(client.register("other", V1)).as("ids are global").isEqualTo(id);
        assertThat(client.lookup("s-value", V1)).isEqualTo(new RegisteredSchema("s-value", id, 1, normalized(V1)));
        assertThat(client.schemaById(id2)).isEqualTo(normalized(V2_OPTIONAL_FIELD));
        assertThat(client.versions("s-value")).containsExactly(1, 2);
        assertThat(client.version("s-value", 1).id()).isEqualTo(id);
        assertThat(client.latest("s-value")).isEqualTo(new RegisteredSchema("s-value", id2, 2,
                normalized(V2_OPTIONAL_FIELD)));
        assertThat(client.subjects()).containsExactly("other", "s-value");
    }

    @Test
    void testsCompatibilityAndMapsConfluentErrors() {
        client.register("s", V1);

        assertThat(client.isCompatible("s", V2_OPTIONAL_FIELD)).isTrue();
        assertThat(client.isCompatible("s", V2_REQUIRED_FIELD)).isFalse();
        assertThatThrownBy(() -> client.register("s", V2_REQUIRED_FIELD))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                });
        assertError(() -> client.register("s", "{not avro"), 422, SchemaRegistryException.INVALID_SCHEMA);
        assertError(() -> client.versions("missing"), 404, SchemaRegistryException.SUBJECT_NOT_FOUND);
        assertError(() -> client.version("s", 9), 404, SchemaRegistryException.VERSION_NOT_FOUND);
        assertError(() -> client.schemaById(999), 404, SchemaRegistryException.SCHEMA_NOT_FOUND);
        assertError(() -> client.lookup("s", V2_OPTIONAL_FIELD), 404, SchemaRegistryException.SCHEMA_NOT_FOUND);
    }

    @Test
    void readsAndWritesCompatibilityConfig() {
        assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.subjectCompatibility("s")).isEqualTo(CompatibilityLevel.BACKWARD);

        assertThat(client.setSubjectCompatibility("s", CompatibilityLevel.NONE)).isEqualTo(CompatibilityLevel.NONE);
        assertThat(client.setGlobalCompatibility(CompatibilityLevel.FULL)).isEqualTo(CompatibilityLevel.FULL);

        assertThat(client.subjectCompatibility("s")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
        client.register("s", V1);
        assertThat(client.register("s", V2_REQUIRED_FIELD)).as("NONE allows anything").isPositive();
    }

    @Test
    void sendsBasicAuthAndTheRegistryContentType() throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            seen.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            seen.put("path", exchange.getRequestURI().getRawPath());
            byte[] body = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            SchemaRegistryClient authenticated = new SchemaRegistryClient(
                    List.of("http://127.0.0.1:" + server.getAddress().getPort()), "user:secret");

            assertThat(authenticated.register("a b", V1)).isEqualTo(42);
        } finally {
            server.stop(0);
        }
        assertThat(seen).containsEntry("authorization", "Basic dXNlcjpzZWNyZXQ=")
                .containsEntry("contentType", SchemaRegistryClient.CONTENT_TYPE)
                .containsEntry("path", "/subjects/a%20b/versions");
    }

    @Test
    void anOverloadedRegistryIsRetryableAndAPlainErrorBodyIsKept() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().startsWith("/subjects") ? 503 : 500;
            byte[] body = "oops".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            SchemaRegistryClient stub = new SchemaRegistryClient("http://127.0.0.1:" + server.getAddress().getPort());

            assertThatThrownBy(stub::subjects).isInstanceOf(SchemaRegistryUnavailableException.class);
            assertError(() -> stub.schemaById(1), 500, 500);
            assertThatThrownBy(() -> stub.schemaById(1)).hasMessageContaining("oops");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void movesOnToTheNextUrlWhenOneIsUnreachable() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SchemaRegistryClient twoUrls = new SchemaRegistryClient(
                List.of("http://127.0.0.1:" + closed, registry.url()), null);

        assertThat(twoUrls.subjects()).isEmpty();
    }

    private static void assertError(Runnable call, int status, int errorCode) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errorCode()).isEqualTo(errorCode);
        });
    }

    private static String normalized(String schema) {
        return new org.apache.avro.Schema.Parser().parse(schema).toString();
    }
}
