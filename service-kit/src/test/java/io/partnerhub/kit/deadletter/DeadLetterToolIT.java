package io.partnerhub.kit.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.testapp.ReceivedEvents;
import io.partnerhub.kit.testapp.TestEvents;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code /ops/dead-letters}: list with reasons, show one decoded, replay once after the fix. */
@KitIT
class DeadLetterToolIT {

    private static final String TOPIC = "kit-test.poison";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RestTestClient client;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    ReceivedEvents received;

    private final String ops = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-ops", "provider", Set.of("OPS"));

    @Test
    void aDeadLetterIsListedShownDecodedAndReplayedOnceAfterItsCauseIsFixed() throws Exception {
        String key = UUID.randomUUID() + "-broken";
        kafka.send(TOPIC, key, TestEvents.listingChanged(key, 1, "broken")).get();

        JsonNode listed = await().atMost(Duration.ofSeconds(30)).until(() -> listedWithKey(key), found -> found != null);
        JsonNode letter = listed.path("deadLetter");
        assertThat(letter.path("originalTopic").asText()).isEqualTo(TOPIC);
        assertThat(letter.path("consumerGroup").asText()).isEqualTo("kit-test-poison");
        assertThat(letter.path("reason").asText()).contains("PoisonEventException").contains("broken until fixed");
        assertThat(listed.path("replayedAt").isNull()).isTrue();
        String id = letter.path("id").asText();

        JsonNode shown = get("/ops/dead-letters/" + id);
        assertThat(shown.path("valueType").asText()).isEqualTo("io.partnerhub.events.partnership.PartnerDirectoryListingChanged");
        assertThat(shown.path("value").asText()).contains("\"legalName\": \"broken\"");
        assertThat(shown.path("decodingProblem").isNull()).isTrue();

        received.fix(key);
        JsonNode first = replay(id);
        assertThat(first.path("sent").asBoolean()).isTrue();
        assertThat(first.path("originalTopic").asText()).isEqualTo(TOPIC);
        await().atMost(Duration.ofSeconds(20)).until(() -> timesReceived(key) == 1);

        JsonNode second = replay(id);
        assertThat(second.path("sent").asBoolean()).as("a second replay sends nothing").isFalse();
        assertThat(second.path("replayedAt").asText()).isEqualTo(first.path("replayedAt").asText());
        assertThat(listedWithKey(key).path("replayedAt").asText()).isEqualTo(first.path("replayedAt").asText());
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> timesReceived(key) == 1);
    }

    @Test
    void anUndecodableDeadLetterShowsWhyAndItsBytes() throws Exception {
        String key = UUID.randomUUID() + "-garbage";
        byte[] garbage = "not our wire format".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, garbage)).get();
        }

        JsonNode listed = await().atMost(Duration.ofSeconds(30)).until(() -> listedWithKey(key), found -> found != null);
        JsonNode shown = get("/ops/dead-letters/" + listed.path("deadLetter").path("id").asText());

        assertThat(shown.path("value").isNull()).isTrue();
        assertThat(shown.path("decodingProblem").asText()).contains("magic byte");
        assertThat(Base64.getDecoder().decode(shown.path("valueBase64").asText())).isEqualTo(garbage);
    }

    @Test
    void onlyOperationsMayUseItAndUnknownPlacesAreNotFound() {
        String partner = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-1", "org-1", Set.of("LEGAL_REPRESENTATIVE"));
        client.get().uri("/ops/dead-letters").header(HttpHeaders.AUTHORIZATION, partner).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/ops/dead-letters/" + TOPIC + ".dlt/0/0/replay").header(HttpHeaders.AUTHORIZATION, partner)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/ops/dead-letters/" + TOPIC + ".dlt/0/999999999").header(HttpHeaders.AUTHORIZATION, ops)
                .exchange().expectStatus().isNotFound();
        client.get().uri("/ops/dead-letters/not-a-consumed-topic.dlt/0/0").header(HttpHeaders.AUTHORIZATION, ops)
                .exchange().expectStatus().isNotFound();
    }

    private long timesReceived(String key) {
        return received.poisonTopic().stream().filter(record -> key.equals(record.key())).count();
    }

    private JsonNode listedWithKey(String key) throws Exception {
        for (JsonNode listed : get("/ops/dead-letters")) {
            if (key.equals(listed.path("deadLetter").path("key").asText())) {
                return listed;
            }
        }
        return null;
    }

    private JsonNode get(String uri) throws Exception {
        byte[] body = client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, ops).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private JsonNode replay(String id) throws Exception {
        byte[] body = client.post().uri("/ops/dead-letters/" + id + "/replay").header(HttpHeaders.AUTHORIZATION, ops)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }
}
