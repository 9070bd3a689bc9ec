package io.partnerhub.kit.kafka;

import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;
import io.partnerhub.kit.KitIT;
import io.partnerhub.kit.TopicReader;
import io.partnerhub.kit.testapp.ReceivedEvents;
import io.partnerhub.kit.testapp.TestEvents;
import io.partnerhub.platform.EmbeddedPlatform;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KitIT
class DeadLetterIT {

    static final String TOPIC = "kit-test.poison";
    private static final String ORIGIN_HEADER = "x-test-origin";
    /** {@code partnerhub.kafka.retry.attempts}: the default, as the test application does not set it. */
    private static final int ATTEMPTS = 3;

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    ReceivedEvents received;

    @Test
    void poisonFailingAndUnreadableRecordsLandInTheDltAndTheListenerGoesOn() throws Exception {
        String run = UUID.randomUUID().toString();
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        try (TopicReader<byte[]> dlt = TopicReader.bytes(TOPIC + ".dlt")) {
            kafka.send(TOPIC, run + "-poison", TestEvents.listingChanged(run + "-poison", 1, "poison")).get();
            ProducerRecord<String, SpecificRecord> flakyRecord = new ProducerRecord<>(TOPIC, run + "-flaky",
                    TestEvents.listingChanged(run + "-flaky", 1, "flaky"));
            flakyRecord.headers().add(ORIGIN_HEADER, "sent by DeadLetterIT".getBytes(StandardCharsets.UTF_8));
            kafka.send(flakyRecord).get();
            sendRaw(run + "-garbage", garbage);
            PartnerDirectoryListingChanged good = TestEvents.listingChanged(run + "-good", 1, "good");
            kafka.send(TOPIC, run + "-good", good).get();

            await().atMost(Duration.ofSeconds(20)).until(() -> received.poisonTopic().stream()
                    .anyMatch(record -> (run + "-good").equals(record.key())));
            await().atMost(Duration.ofSeconds(20)).until(() -> dltOf(dlt, run).count() == 3);

            ConsumerRecord<String, byte[]> poison = dltRecord(dlt, run + "-poison");
            assertThat(header(poison, DeadLetters.REASON_HEADER)).contains("PoisonEventException")
                    .contains("legal name 'poison' is not acceptable");
            assertThat(header(poison, KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotBlank();
            assertThat(header(poison, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TOPIC);

            assertThat(received.countFailure(run + "-poison") - 1).as("a poison record is not retried").isEqualTo(1);

            ConsumerRecord<String, byte[]> flaky = dltRecord(dlt, run + "-flaky");
            assertThat(header(flaky, DeadLetters.REASON_HEADER)).contains("always fails");
            assertThat(received.countFailure(run + "-flaky") - 1).as("deliveries before it is dead-lettered")
                    .isEqualTo(ATTEMPTS);
            assertThat(header(flaky, ORIGIN_HEADER)).as("its original headers go along")
                    .isEqualTo("sent by DeadLetterIT");
            assertThat(header(flaky, KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();

            ConsumerRecord<String, byte[]> unreadable = dltRecord(dlt, run + "-garbage");
            assertThat(unreadable.value()).isEqualTo(garbage);
            assertThat(header(unreadable, DeadLetters.REASON_HEADER)).isNotBlank();
        }
        assertThat(received.poisonTopic()).filteredOn(record -> record.key().startsWith(run))
                .extracting(ConsumerRecord::key).containsExactly(run + "-good");
        assertThat(received.correlationIds()).contains("test-" + run + "-good");
    }

    @Test
    void anInfrastructureOutageIsRetriedBeyondTheBoundAndNeverDeadLettered() throws Exception {
        String key = UUID.randomUUID() + "-down";
        try (TopicReader<byte[]> dlt = TopicReader.bytes(TOPIC + ".dlt")) {
            kafka.send(TOPIC, key, TestEvents.listingChanged(key, 1, "down-5")).get();
            await().atMost(Duration.ofSeconds(20)).until(() -> received.poisonTopic().stream()
                    .anyMatch(record -> key.equals(record.key())));
            assertThat(dlt.records()).noneMatch(record -> key.equals(record.key()));
        }
    }

    @Test
    void aBatchListenerDeadLettersOnlyTheRecordItNames() throws Exception {
        String run = UUID.randomUUID().toString();
        String topic = "kit-test.batch";
        try (TopicReader<byte[]> dlt = TopicReader.bytes(topic + ".dlt")) {
            for (int i = 0; i < 5; i++) {
                String key = run + "-" + i;
                kafka.send(topic, key, TestEvents.listingChanged(key, 1, i == 2 ? "poison" : "fine"));
            }
            kafka.flush();
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    received.batchKeys().stream().filter(key -> key.startsWith(run)).count() == 4);
            await().atMost(Duration.ofSeconds(20)).until(() -> dltOf(dlt, run).count() == 1);
            assertThat(dltRecord(dlt, run + "-2")).isNotNull();
        }
        assertThat(received.batchKeys()).filteredOn(key -> key.startsWith(run)).doesNotContain(run + "-2");
    }

    private static java.util.stream.Stream<ConsumerRecord<String, byte[]>> dltOf(TopicReader<byte[]> dlt, String run) {
        return dlt.records().stream().filter(record -> record.key() != null && record.key().startsWith(run));
    }

    private static ConsumerRecord<String, byte[]> dltRecord(TopicReader<byte[]> dlt, String key) {
        return dlt.records().stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void sendRaw(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }
}
