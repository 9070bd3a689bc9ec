package io.partnerhub.partnership.it;

import com.mongodb.ConnectionString;
import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.kit.consumer.ProcessedEvents;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.FailedDeliveries;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.TcpRelay;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import static io.partnerhub.partnership.it.PartnerProgramIT.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database outage while the partner-volumes listener applies a report (its own context: MongoDB is
 * reached through a {@link TcpRelay} the test cuts; the listener in a consumer group of its own, so
 * the shared context's listener does not take the record, closed after the class): the record is
 * retried while the database is away, applied once when it is back, and not dead-lettered.
 */
@PartnershipServiceIT
@DirtiesContext
class PartnerVolumeListenerOutageIT {

    private static final String DATABASE = "partnership-outage-it";
    private static final String GROUP_SUFFIX = "-outage-it";
    private static final TcpRelay MONGO = relayToMongo();

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO.port() + "/" + DATABASE
                + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=3000");
        registry.add("spring.mongodb.database", () -> DATABASE);
        registry.add("partnerhub.kafka.retry.transient-backoff", () -> "300ms");
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "latest");
    }

    /** The listener's group, suffixed: the shared context's listener goes on consuming in its own. */
    @TestConfiguration(proxyBeanMethods = false)
    static class GroupsOfItsOwn {

        @Bean
        ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> groupSuffix() {
            return container -> container.getContainerProperties()
                    .setGroupId(container.getContainerProperties().getGroupId() + GROUP_SUFFIX);
        }
    }

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

    @AfterEach
    void mendTheDatabase() {
        MONGO.mend();
    }

    @Test
    void aReportArrivingDuringADatabaseOutageIsRetriedAndAppliedOnceWhenTheDatabaseIsBack() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String key = PartnerVolumeKey.of(s.partnerOrg, "CHF");
        PartnerYearlyVolumeChanged report = volume(s.partnerOrg, 2026, "2500.00", Currency.CHF, 1);

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.PARTNER_VOLUMES.deadLetterName())) {
            listeners.getListenerContainers().forEach(container -> {
                assertThat(container.getGroupId()).endsWith(GROUP_SUFFIX);
                await().atMost(Duration.ofSeconds(60)).until(() -> !container.getAssignedPartitions().isEmpty());
            });
            MONGO.cut();
            kafka.send(Topic.PARTNER_VOLUMES.topicName(), key, report);
            kafka.flush();

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(failures.attemptsOf(key)).hasSizeGreaterThanOrEqualTo(3));
            MONGO.mend();

            // the driver reconnects and the outbox relay backs off after the outage: on a busy machine that
            // takes longer than PublishedEvents' usual wait. The relay's release of the documents it sent
            // while the database went away is retried then too; this context's clock stands still, so a
            // lease left to expire would hold the partner's new event forever.
            await().atMost(Duration.ofSeconds(90)).until(() -> mongo.getCollection(ProcessedEvents.COLLECTION)
                    .countDocuments(new Document("eventId", report.getMetadata().getEventId().toString())) == 1);
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    !PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).isEmpty());
            assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).get(0)
                    .getStatus()).isEqualTo(ProgramStatus.ACTIVE);
            assertThat(partners.find(s.partnerOrg).orElseThrow().aggregate().yearlyVolumes()).singleElement()
                    .satisfies(volume -> assertThat(volume.amount()).isEqualByComparingTo("2500.00"));
            assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class))
                    .as("applied once").hasSize(1);
            assertThat(failures.recovered(key)).as("not given up").isFalse();
            assertThat(deadLetters.poll()).noneMatch(record -> key.equals(record.key()));
        }
    }

    private static TcpRelay relayToMongo() {
        ConnectionString mongo = new ConnectionString(EmbeddedPlatform.shared().mongoUri(DATABASE));
        String[] hostAndPort = mongo.getHosts().get(0).split(":");
        try {
            return new TcpRelay(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
