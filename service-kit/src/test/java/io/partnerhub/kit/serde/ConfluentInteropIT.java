package io.partnerhub.kit.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.kit.registry.SchemaRegistryClient;
import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Interoperability with Confluent's official JavaScript client (@confluentinc/schemaregistry, Avro
 * serde) against our development registry: each side reads what the other wrote, both use the
 * same schema id, and both write the very same bytes for the same event.
 */
class ConfluentInteropIT {

    private static final Path NODE_PROJECT = Path.of("src", "test", "node");
    private static final String TOPIC = "interop.partner-program";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOW_TO_INSTALL = "This test runs Confluent's JavaScript client and needs Node.js 18+ "
            + "with npm on the PATH (Debian/Ubuntu: apt-get install nodejs npm; macOS: brew install node). "
            + "The build installs the client itself (npm ci in service-kit/src/test/node).";

    private static String registryUrl;
    private static int schemaId;

    @BeforeAll
    static void registerSchema() {
        requireNode();
        registryUrl = EmbeddedPlatform.shared().schemaRegistryUrl();
        schemaId = new SchemaRegistryClient(registryUrl)
                .register(TOPIC + "-value", PartnerProgramStatusChanged.getClassSchema().toString());
    }

    @Test
    void ourDeserializerReadsWhatConfluentsSerializerWrote() throws Exception {
        ObjectNode args = args().set("value", eventAsConfluentJson());

        byte[] bytes = Base64.getDecoder().decode(node("serialize", args).get("bytes").asText());

        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(schemaId);
        assertThat(SerdeFixture.deserializer(SerdeFixture.registry(registryUrl)).deserialize(TOPIC, bytes))
                .isEqualTo(SerdeFixture.event());
        assertThat(bytes).as("byte-identical to ours").isEqualTo(ourBytes());
    }

    @Test
    void confluentsDeserializerReadsWhatOurSerializerWrote() throws Exception {
        byte[] bytes = ourBytes();
        ObjectNode args = args().put("bytes", Base64.getEncoder().encodeToString(bytes));

        JsonNode value = node("deserialize", args).get("value");

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(schemaId);
        assertThat(value).isEqualTo(eventAsConfluentJson());
    }

    @Test
    void confluentsDeserializerReadsOurDefaultTopicRecordNameRecords() throws Exception {
        String topic = "interop.topic-record-name";
        byte[] bytes = SerdeFixture.serializer(registryUrl).serialize(topic, SerdeFixture.event());
        ObjectNode args = args().put("topic", topic).put("bytes", Base64.getEncoder().encodeToString(bytes));

        JsonNode value = node("deserialize", args).get("value");

        assertThat(new SchemaRegistryClient(registryUrl).subjects())
                .contains(topic + "-" + PartnerProgramStatusChanged.getClassSchema().getFullName());
        assertThat(value).isEqualTo(eventAsConfluentJson());
    }

    private static byte[] ourBytes() {
        return SerdeFixture.serializer(registryUrl,
                AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "TopicName",
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false).serialize(TOPIC, SerdeFixture.event());
    }

    /** SerdeFixture.event() as the JavaScript serde sees it: no logical types, decimals as raw bytes. */
    private static JsonNode eventAsConfluentJson() throws IOException {
        return JSON.readTree("""
                {"metadata":{"eventId":"00000000-0000-0000-0000-000000000001","occurredAt":1795688130123,
                  "actorUserId":"u-1","actorOrganizationId":"o-1","correlationId":"c-1","causationId":null,
                  "aggregateId":"p-1","aggregateVersion":7},
                 "partnerId":"p-1","previousStatus":"ACTIVE","status":"BELOW_THRESHOLD",
                 "yearlyVolume":{"amount":{"$bytes":"01e23a"},"currency":"CHF"},
                 "contact":{"email":"a@b.ch","language":"DE","name":null}}
                """);
    }

    private static ObjectNode args() {
        return JSON.createObjectNode().put("url", registryUrl).put("topic", TOPIC);
    }

    private static JsonNode node(String command, JsonNode args) throws Exception {
        Process process = new ProcessBuilder("node", "interop.js", command, args.toString())
                .directory(NODE_PROJECT.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("node interop.js " + command + " failed: " + new String(err, StandardCharsets.UTF_8));
        }
        return JSON.readTree(out);
    }

    private static void requireNode() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("node --version failed. " + HOW_TO_INSTALL);
            }
        } catch (IOException e) {
            fail("Node.js is not installed (" + e.getMessage() + "). " + HOW_TO_INSTALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/@confluentinc/schemaregistry"))) {
            fail("Confluent's client is not installed in " + NODE_PROJECT.toAbsolutePath()
                    + ": run the build (mvn verify runs npm ci there) or `npm ci` in that folder. " + HOW_TO_INSTALL);
        }
    }
}
