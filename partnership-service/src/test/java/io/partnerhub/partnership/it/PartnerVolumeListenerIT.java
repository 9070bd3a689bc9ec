package io.partnerhub.partnership.it;

import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.kit.consumer.ProcessedEvents;
import io.partnerhub.kit.kafka.DeadLetters;
import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.partnership.partner.persistence.PartnerDocument;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.ConsumerGroupReplay;
import io.partnerhub.testing.FailedDeliveries;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.partnerhub.partnership.it.PartnerProgramIT.volume;
import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Error handling of the partner-volumes listener (billing's yearly volume reports): a record that is
 * not the wire format, or one the listener refuses, goes to the DLT at once with its reason and its
 * own headers and the listener goes on; replaying the topic from offset 0 changes nothing. How often
 * a record was delivered is read from the kit handler's own retry listener. The database outage is
 * {@link PartnerVolumeListenerOutageIT}.
 */
@PartnershipServiceIT
class PartnerVolumeListenerIT {

    private static final String LISTENER = "partnership-service-partner-volumes";
    private static final String ORIGIN_HEADER = "x-test-origin";

    @Autowired
    RestTestClient client;
    @Autowired
    PartnerStore partners;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoTemplate mongo;

    @RegisterExtension
    final FailedDeliveries failures = new FailedDeliveries();

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.PARTNERS);
    }

    @Test
    void bytesThatAreNotTheWireFormatGoToTheDeadLetterTopicAtOnceAndTheReportBehindThemIsApplied() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String key = PartnerVolumeKey.of(s.partnerOrg, "CHF");
        byte[] poison = ("not our wire format " + key).getBytes(StandardCharsets.UTF_8);

        try (KafkaProducer<String, byte[]> raw = rawProducer();
             TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.PARTNER_VOLUMES.deadLetterName())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.PARTNER_VOLUMES.topicName(), key, poison);
            record.headers().add(ORIGIN_HEADER, key.getBytes(StandardCharsets.UTF_8));
            raw.send(record);
            raw.flush();
            // same key, same partition: queued behind the poison record
            send(s.partnerOrg, volume(s.partnerOrg, 2026, "2000.00", Currency.CHF, 1));

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, key);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(header(dead, DeadLetters.REASON_HEADER)).isNotBlank();
            assertThat(header(dead, ORIGIN_HEADER)).isEqualTo(key);
        }
        assertThat(failures.attemptsOf(key)).as("delivered once, not retried").containsExactly(1);
        assertThat(failures.recovered(key)).isTrue();

        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).getStatus())
                .isEqualTo(ProgramStatus.ACTIVE);
        assertThat(partners.find(s.partnerOrg).orElseThrow().aggregate().yearlyVolumes()).hasSize(1);
    }

    @Test
    void aReportTheListenerRefusesGoesToTheDeadLetterTopicWithoutRetriesAndChangesNothing() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String key = PartnerVolumeKey.of(s.partnerOrg, "EUR");
        PartnerYearlyVolumeChanged negative = volume(s.partnerOrg, 2026, "-1.00", Currency.EUR, 1);

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.PARTNER_VOLUMES.deadLetterName())) {
            ProducerRecord<String, SpecificRecord> record =
                    new ProducerRecord<>(Topic.PARTNER_VOLUMES.topicName(), key, negative);
            record.headers().add(ORIGIN_HEADER, key.getBytes(StandardCharsets.UTF_8));
            kafka.send(record);
            kafka.flush();

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, key);
            assertThat(header(dead, DeadLetters.REASON_HEADER)).contains("negative");
            assertThat(header(dead, ORIGIN_HEADER)).isEqualTo(key);
        }
        assertThat(failures.attemptsOf(key)).as("delivered once, not retried").containsExactly(1);
        assertThat(partners.find(s.partnerOrg).orElseThrow().aggregate().yearlyVolumes()).isEmpty();
        assertThat(processedIds()).doesNotContain(negative.getMetadata().getEventId().toString());

        // the listener goes on with the partner's next report
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1800.00", Currency.EUR, 2));
        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).getStatus())
                .isEqualTo(ProgramStatus.ACTIVE);
        assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class)).hasSize(1);
    }

    @Test
    void replayingEveryPartitionFromOffsetZeroLeavesTheDatabaseAsItWas() throws Exception {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "2000.00", Currency.CHF, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> volumesOf(s.partnerOrg) == 1);
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1700.00", Currency.EUR, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> volumesOf(s.partnerOrg) == 2);
        awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class);
        Map<Object, Document> before = storedPartners();
        Set<String> processedBefore = processedIds();

        ConsumerGroupReplay.fromOffsetZero(listeners.getListenerContainer(LISTENER));

        assertThat(storedPartners()).as("every partner as it was").isEqualTo(before);
        assertThat(processedIds()).isEqualTo(processedBefore);
        assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class))
                .as("nothing published again").hasSize(1);
        s.partnerLegal.get("/partners/me").expectStatus().isOk().expectBody()
                .jsonPath("$.programStatus").isEqualTo("ACTIVE")
                .jsonPath("$.yearlyVolumes.length()").isEqualTo(2);
    }

    /** The partners as stored, without the outbox the relay empties on its own. */
    private Map<Object, Document> storedPartners() {
        Map<Object, Document> stored = new HashMap<>();
        mongo.getCollection(PartnerDocument.COLLECTION).find().forEach(document -> {
            document.remove(HasOutbox.FIELD);
            document.remove("outboxLease");
            stored.put(document.get("_id"), document);
        });
        return stored;
    }

    private Set<String> processedIds() {
        Set<String> ids = new HashSet<>();
        mongo.getCollection(ProcessedEvents.COLLECTION).find(new Document("consumer", LISTENER))
                .forEach(document -> ids.add(String.valueOf(document.get("eventId"))));
        return ids;
    }

    private int volumesOf(String partnerId) {
        return partners.find(partnerId).orElseThrow().aggregate().yearlyVolumes().size();
    }

    private void send(String partnerId, PartnerYearlyVolumeChanged report) {
        kafka.send(Topic.PARTNER_VOLUMES.topicName(),
                PartnerVolumeKey.of(partnerId, report.getYearlyVolume().getCurrency().name()), report);
        kafka.flush();
    }

    static ConsumerRecord<String, byte[]> awaitDeadLetter(TopicProbe<byte[]> deadLetters, String key) {
        Predicate<ConsumerRecord<String, byte[]>> withKey = record -> key.equals(record.key());
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.poll().stream().anyMatch(withKey));
        List<ConsumerRecord<String, byte[]>> found = deadLetters.poll().stream().filter(withKey).toList();
        assertThat(found).as("dead-lettered once").hasSize(1);
        return found.get(0);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
