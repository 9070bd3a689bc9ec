package io.partnerhub.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.partnerhub.e2e.Partnerhub.PARTNERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM while the Kafka cluster cannot be reached: every service exits within its Kubernetes grace
 * period, and what it could not publish stays in its outbox for the next instance. A system of its
 * own, on a broker of its own that the test stops.
 */
class ShutdownWithoutBrokerIT {

    /**
     * deploy/k8s: terminationGracePeriodSeconds 40, of which the preStop hook sleeps 5 s; what is left
     * for the JVM after SIGTERM, less a margin.
     */
    static final Duration GRACE_AFTER_SIGTERM = Duration.ofSeconds(30);

    @Test
    void everyServiceExitsWithinItsGracePeriodAndWhatItCouldNotPublishStaysInItsOutbox() throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("num.partitions", "3");
        broker.afterPropertiesSet();
        boolean brokerStopped = false;
        try (Partnerhub hub = Partnerhub.onKafka("shutdown-", broker.getBrokersAsString())) {
            applyToTheProgram(hub, "before-" + UUID.randomUUID());
            broker.destroy();
            brokerStopped = true;
            String applicantDuringOutage = applyToTheProgram(hub, "during-" + UUID.randomUUID());

            Map<String, Duration> took = hub.terminateAll(GRACE_AFTER_SIGTERM.plusSeconds(30));

            System.out.println("[shutdown] SIGTERM with the broker gone → exit: " + took);
            assertThat(took).hasSize(4).allSatisfy((service, duration) ->
                    assertThat(duration).as(service).isLessThan(GRACE_AFTER_SIGTERM));
            try (MongoClient mongo = MongoClients.create(hub.platform().mongoUri(hub.databaseOf(PARTNERSHIP)))) {
                Document partner = mongo.getDatabase(hub.databaseOf(PARTNERSHIP)).getCollection("partners")
                        .find(Filters.eq("_id", applicantDuringOutage)).first();
                assertThat(partner).as("the partner that applied during the outage").isNotNull();
                assertThat(partner.getList("outbox", Document.class)).as("its unpublished events").isNotEmpty();
            }
        } finally {
            if (!brokerStopped) {
                broker.destroy();
            }
        }
    }

    /** A partner applies (partnership-service writes it with its event in the outbox); returns its organization. */
    private static String applyToTheProgram(Partnerhub hub, String organization) {
        String token = hub.platform().tokens().issue("u-" + organization, organization, Set.of("LEGAL_REPRESENTATIVE"));
        hub.http().post(hub.uri(PARTNERSHIP, "/partners"), token, Map.of("legalName", "Shutdown " + organization,
                "commercialRegisterId", "CHE-123.456.789", "country", "CH",
                "websiteUrl", "https://shutdown.example", "contactEmail", organization + "@e2e.example",
                "contactName", "Sam", "language", "EN", "resellerTermsVersion", "2026-01",
                "acceptResellerTerms", true)).expect(201);
        return organization;
    }
}
