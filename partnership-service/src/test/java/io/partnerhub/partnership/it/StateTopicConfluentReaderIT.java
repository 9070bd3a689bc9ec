package io.partnerhub.partnership.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerhub.events.Topic;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.persistence.PartnershipDocument;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.MovableClock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A fresh consumer with nothing but the partnership-state topic and Confluent's JavaScript Avro
 * deserializer ({@code @confluentinc/schemaregistry}, the service kit's interop client) learns every
 * partnership: folded by key to the newest version, the topic agrees with partnership-service's
 * database on each one, live or ended. The records are fetched with a plain Kafka consumer as bytes;
 * decoding them is left entirely to Confluent's client. The backfill runs first, as an installation
 * older than the state topics would run it once.
 */
@PartnershipServiceIT
class StateTopicConfluentReaderIT {

    private static final Path NODE_PROJECT = Path.of("..", "service-kit", "src", "test", "node");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RestTestClient client;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MovableClock clock;

    @Test
    void confluentsJavaScriptDeserializerReadsTheStateTopicAndAgreesOnEveryPartnership() {
        requireConfluentClient();
        new Scenario(client).livePartnership(full("PARTNER"));
        new Scenario(client).livePartnership(limited(List.of("web-1"), List.of()));
        Scenario ending = new Scenario(client);
        String ended = ending.livePartnership(full("CUSTOMER"));
        // a sign-in of the test clock's now: ending takes a fresh one (step-up), and other tests move the clock
        Api customer = Api.as(client, "jean-" + ending.customerOrg, ending.customerOrg, Api.LEGAL, clock.instant());
        String confirmationId = (String) customer.post("/partnerships/{id}/termination-requests", Map.of(), ended)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody()
                .get("confirmationId");
        customer.post("/partnerships/{id}/termination-requests/{c}/confirm", null, ended, confirmationId)
                .expectStatus().isOk();
        // partnerships stored before the state topics existed (DocumentsOfTodaysShapeIT writes such) get theirs
        ending.user("ops-" + ending.partnerOrg, "platform-ops", Api.OPS).post("/ops/state-topics/backfill", null)
                .expectStatus().isOk();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, JsonNode> states = newestByKey(decodedWithConfluentsClient(stateRecords()));
            List<Partnership> stored = mongo.findAll(PartnershipDocument.class).stream()
                    .map(PartnershipDocument::partnership).toList();
            long live = stored.stream().filter(Partnership::isLive).count();
            assertThat(live).isGreaterThanOrEqualTo(2);
            assertThat(states.keySet()).containsExactlyInAnyOrderElementsOf(
                    stored.stream().map(Partnership::id).toList());
            for (Partnership partnership : stored) {
                JsonNode state = states.get(partnership.id());
                assertThat(state.path("status").asText()).as(partnership.id())
                        .isEqualTo(partnership.isLive() ? "LIVE" : "ENDED");
                assertThat(state.path("version").asLong()).as(partnership.id()).isEqualTo(partnership.revision());
                assertThat(state.path("partnerId").asText()).isEqualTo(partnership.partner().organizationId());
                assertThat(state.path("customerId").asText()).isEqualTo(partnership.customer().organizationId());
                assertThat(state.path("access").path("level").asText())
                        .isEqualTo(partnership.access().level().name());
            }
            System.out.printf("state topic read with Confluent's JavaScript deserializer: %d partnerships"
                    + " (%d live), each agreeing with partnership-service%n", stored.size(), live);
        });
        assertThat(mongo.findById(ended, PartnershipDocument.class).partnership().isLive()).isFalse();
    }

    /** Every record on the topic, from the beginning to its end now, as bytes. */
    private static List<ConsumerRecord<String, byte[]>> stateRecords() {
        Topic topic = Topic.PARTNERSHIP_STATES;
        List<TopicPartition> partitions = IntStream.range(0, topic.partitions())
                .mapToObj(partition -> new TopicPartition(topic.topicName(), partition)).toList();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static List<JsonNode> decodedWithConfluentsClient(List<ConsumerRecord<String, byte[]>> records)
            throws IOException, InterruptedException {
        ObjectNode input = JSON.createObjectNode().put("url", EmbeddedPlatform.shared().schemaRegistryUrl());
        ArrayNode list = input.putArray("records");
        records.forEach(record -> list.addObject().put("topic", record.topic())
                .put("bytes", Base64.getEncoder().encodeToString(record.value())));
        Process process = new ProcessBuilder("node", "interop.js", "deserialize-all")
                .directory(NODE_PROJECT.toFile()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(JSON.writeValueAsBytes(input));
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("node interop.js deserialize-all failed: " + new String(err, StandardCharsets.UTF_8));
        }
        List<JsonNode> values = new ArrayList<>();
        JSON.readTree(out).path("values").forEach(values::add);
        assertThat(values).hasSameSizeAs(records);
        return values;
    }

    private static Map<String, JsonNode> newestByKey(List<JsonNode> states) {
        Map<String, JsonNode> newest = new HashMap<>();
        for (JsonNode state : states) {
            newest.merge(state.path("partnershipId").asText(), state, (held, next) ->
                    next.path("version").asLong() > held.path("version").asLong() ? next : held);
        }
        return newest;
    }

    private static void requireConfluentClient() {
        if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/@confluentinc/schemaregistry"))) {
            fail("Confluent's JavaScript client is not installed in " + NODE_PROJECT.toAbsolutePath()
                    + ": build service-kit first (its mvn verify runs npm ci there; needs Node.js 18+ and npm).");
        }
    }
}
