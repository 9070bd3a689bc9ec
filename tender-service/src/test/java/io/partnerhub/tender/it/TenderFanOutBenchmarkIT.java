package io.partnerhub.tender.it;

import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tender offers stored against the database's raw bulk write, three times: a request submitted to
 * 10,000 partners opted in at partnership-service (the stand-in) until every offer is stored (with
 * its TenderOffered event in the outbox), against insertMany of 10,000 offer-sized documents on
 * the same database in the same run. The target: 0.5× raw bulk write.
 */
@TenderIT
class TenderFanOutBenchmarkIT {

    private static final int PARTNERS = Integer.getInteger("benchmark.partners", 10_000);

    @Autowired
    RestTestClient http;
    @Autowired
    MongoTemplate mongo;

    record Sample(double offersStored, double rawBulkWrite) {
    }

    @Test
    void offersStoredAgainstRawBulkWrite() {
        List<Sample> samples = BenchmarkResults.repeat(this::fanOut);
        System.out.printf("%n[tender fan-out] %,d partners, offers/s and raw insertMany docs/s per run: %s%n%n",
                PARTNERS, samples);
        BenchmarkResults.record(BenchmarkRow.ratioAtLeast(String.format(java.util.Locale.ROOT, "tender offers stored"
                        + " (submit → %,d offers with their events)", PARTNERS), median(samples, Sample::offersStored), median(samples, Sample::rawBulkWrite),
                "raw insertMany", "docs/s", 0.5));
    }

    private Sample fanOut() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PartnershipStandIn partnership = PartnershipStandIn.shared();
        partnership.seed("bench-" + run, "bench-" + run, PARTNERS);
        try {
            double rawBulkWrite = PARTNERS / rawBulkInsert(run);
            Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("title", "Mail for a school", "description",
                            "Mailboxes for 300 pupils and 40 teachers, with archiving and a spam filter.",
                            "productCategories", List.of("bench-" + run), "language", "de",
                            "contact", Map.of("name", "Hans Muster", "email", "hans-" + run + "@example.ch")))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            String tenderId = (String) created.get("tenderId");
            long submitted = System.nanoTime();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> fanOutDone(tenderId));
            double seconds = (System.nanoTime() - submitted) / 1e9;
            assertThat(StoredOffers.count(mongo, tenderId)).isEqualTo(PARTNERS);
            return new Sample(PARTNERS / seconds, rawBulkWrite);
        } finally {
            partnership.optOutAll("bench-" + run);
        }
    }

    /** Seconds for 10,000 documents of an offer's size with an outbox entry, 500 per insertMany. */
    private double rawBulkInsert(String run) {
        var collection = mongo.getCollection("tender_raw_baseline_" + run);
        List<Document> batch = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < PARTNERS; i++) {
            batch.add(new Document("_id", run + ":" + i).append("tenderId", run).append("partnerId", "p" + i)
                    .append("excerpt", new Document("title", "Mail for a school").append("summary", "x".repeat(80)))
                    .append("outbox", List.of(new Document("eventId", UUID.randomUUID().toString())
                            .append("payload", new Binary(new byte[400])))));
            if (batch.size() == 500) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        collection.drop();
        return seconds;
    }

    private boolean fanOutDone(String tenderId) {
        Document request = mongo.getCollection("tender_requests").find(new Document("_id", tenderId)).first();
        return request != null && Boolean.TRUE.equals(request.get("fanOut", Document.class).getBoolean("done"));
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> measure) {
        return BenchmarkResults.median(samples.stream().map(measure::applyAsDouble).toList());
    }
}
