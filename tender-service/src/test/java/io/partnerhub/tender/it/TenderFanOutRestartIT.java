package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.tender.TenderServiceApplication;
import io.partnerhub.tender.distribution.scheduling.FanOutBrake;
import io.partnerhub.tender.distribution.scheduling.FanOutWorker;
import io.partnerhub.tender.request.SubmissionForm;
import io.partnerhub.tender.request.TenderSubmissions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fan-out stopped halfway (the service shut down) is completed by the next start, and no partner
 * is offered twice — even when the service died in the middle of a batch (its events recorded, half
 * of its offers written, its cursor not saved).
 * Runs two application contexts one after the other on their own database, asking a
 * partnership-service stand-in of their own (so pages hold only this test's partners).
 */
@ExtendWith(TenderPlatformExtension.class)
class TenderFanOutRestartIT {

    static final int PARTNERS = 5_000;
    static final int BATCH = 200;
    static final int BATCHES_BEFORE_STOP = 10;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String database = "tender-restart-" + run;
    final String prefix = "restart-" + run;
    PartnershipStandIn partnership;

    @Test
    void aRestartCompletesTheFanOutWithoutOfferingAnyPartnerTwice() {
        try (PartnershipStandIn owner = PartnershipStandIn.start()) {
            partnership = owner;
            partnership.seed(prefix, prefix, PARTNERS);
            restartHalfway();
        }
    }

    private void restartHalfway() {
        StopAfter brake = new StopAfter(BATCHES_BEFORE_STOP);
        String tenderId;
        try (ConfigurableApplicationContext first = start(brake)) {
            PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            tenderId = first.getBean(TenderSubmissions.class).submit(form(), "127.0.0.1").tenderId();
            first.getBean(FanOutWorker.class).wake();
            await().atMost(Duration.ofMinutes(1)).untilTrue(brake.stopped);
            await().atMost(Duration.ofSeconds(30)).until(() -> fanOut(mongo, tenderId).get("owner") == null);

            assertThat(StoredOffers.count(first.getBean(MongoTemplate.class), tenderId)).isEqualTo(BATCHES_BEFORE_STOP * BATCH);
            assertThat(fanOut(mongo, tenderId).getBoolean("done")).isFalse();
            // as if the service died inside the 10th batch: its batch document (with its events) was
            // written, only half of its offer documents were, and its cursor was not saved
            String endOfNinthBatch = PartnershipStandIn.partnerId(prefix, (BATCHES_BEFORE_STOP - 1) * BATCH - 1);
            mongo.getCollection("tender_requests").updateOne(new Document("_id", tenderId),
                    new Document("$set", new Document("fanOut.lastPartnerId", endOfNinthBatch)));
            for (int i = (BATCHES_BEFORE_STOP - 1) * BATCH + BATCH / 2; i < BATCHES_BEFORE_STOP * BATCH; i++) {
                mongo.getCollection("tender_offers").deleteOne(
                        new Document("_id", tenderId + ":" + PartnershipStandIn.partnerId(prefix, i)));
            }
        }

        long restarted = System.nanoTime();
        try (ConfigurableApplicationContext second = start(null)) {
            MongoTemplate mongo = second.getBean(MongoTemplate.class);
            await().atMost(Duration.ofMinutes(2)).until(() -> fanOut(mongo, tenderId).getBoolean("done"));
            assertThat(StoredOffers.count(second.getBean(MongoTemplate.class), tenderId)).isEqualTo(PARTNERS);

            await().atMost(Duration.ofMinutes(2)).until(() -> OfferedEvents.of(tenderId).size() >= PARTNERS);
            System.out.printf("%n[tender fan-out restart] completed the remaining %,d offers %d ms after restart%n%n",
                    PARTNERS - BATCHES_BEFORE_STOP * BATCH, Duration.ofNanos(System.nanoTime() - restarted).toMillis());
        }

        List<TenderOffered> events = OfferedEvents.of(tenderId);
        assertThat(events.stream().map(TenderOffered::getPartnerId).collect(Collectors.toSet())).hasSize(PARTNERS);
        assertThat(events).hasSize(PARTNERS);
    }

    private ConfigurableApplicationContext start(FanOutBrake brake) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(TenderServiceApplication.class).profiles("test");
        if (brake != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("fanOutBrake", brake));
        }
        return builder.run("--server.port=0", "--spring.mongodb.database=" + database,
                "--partnerhub.peers.partnership-url=" + partnership.baseUrl(),
                "--tender.fan-out.batch-size=" + BATCH, "--tender.fan-out.poll-interval=PT1S");
    }

    private static Document fanOut(MongoTemplate mongo, String tenderId) {
        return mongo.getCollection("tender_requests").find(new Document("_id", tenderId)).first()
                .get("fanOut", Document.class);
    }

    private SubmissionForm form() {
        return new SubmissionForm("Backups for a clinic", "Nightly encrypted backups of 4 servers, kept for a year.",
                List.of(prefix), null, null, null, "it", "Ticino", "Lia Rossi", null, "lia-" + run + "@example.ch", null);
    }

    /** Lets the fan-out run a number of batches, then answers "stop" (as a shutdown would). */
    static final class StopAfter implements FanOutBrake {
        final AtomicInteger batches = new AtomicInteger();
        final AtomicBoolean stopped = new AtomicBoolean();
        final int limit;

        StopAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public boolean mayContinue(String tenderId) {
            if (batches.incrementAndGet() > limit) {
                stopped.set(true);
                return false;
            }
            return true;
        }
    }
}
