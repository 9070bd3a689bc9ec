package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.tender.distribution.scheduling.OfferBatchSweeper;
import io.partnerhub.tender.subscription.PartnerSubscription;
import io.partnerhub.tender.subscription.client.PartnershipSubscribers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R28 at scale: one request to 10,000 partners opted in at partnership-service (the stand-in),
 * asked page by page (1000 per call) by partnerId, each offered once.
 */
@TenderIT
class TenderFanOutIT {

    static final int PARTNERS = 10_000;

    @Autowired
    RestTestClient http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PartnershipSubscribers subscribers;
    @Autowired
    OfferBatchSweeper batchSweeper;

    /** Once the application is up (it creates its topics), read what it publishes. */
    @BeforeEach
    void readPublishedEvents() {
        PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
    }

    @Test
    void fansOutToTenThousandPartners() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PartnershipStandIn partnership = PartnershipStandIn.shared();
        long seedStart = System.nanoTime();
        partnership.seed("bulk-" + run, "bulk-" + run, PARTNERS);
        long seeded = System.nanoTime();
        try {
            fanOut(run, millis(seedStart, seeded));
        } finally {
            partnership.optOutAll("bulk-" + run);
        }
    }

    private void fanOut(String run, long seedMillis) {
        long rawBulkMillis = rawBulkInsert(run);
        long ownerPagingMillis = pageThroughTheOwner();

        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Mail for a school", "description",
                        "Mailboxes for 300 pupils and 40 teachers, with archiving and a spam filter.",
                        "productCategories", List.of("bulk-" + run), "language", "de",
                        "contact", Map.of("name", "Hans Muster", "email", "hans-" + run + "@example.ch")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String tenderId = (String) created.get("tenderId");
        long submitted = System.nanoTime();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> fanOutDone(tenderId));
        long offersStored = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> OfferedEvents.of(tenderId).size() >= PARTNERS);
        long eventsRead = System.nanoTime();

        List<TenderOffered> events = OfferedEvents.of(tenderId);
        assertThat(StoredOffers.count(mongo, tenderId)).isEqualTo(PARTNERS);
        assertThat(events).hasSize(PARTNERS);
        assertThat(events.stream().map(TenderOffered::getPartnerId).collect(Collectors.toSet())).hasSize(PARTNERS);
        assertThat(events).allSatisfy(e -> assertThat(e.getExcerpt().toString()).doesNotContain("hans-" + run));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            batchSweeper.run();
            return mongo.getCollection(MongoOfferBook.BATCHES).countDocuments(new Document("tenderId", tenderId)) == 0;
        });

        System.out.printf("%n[tender fan-out] %,d partners: seeding the partnership-service stand-in %d ms; paging all "
                        + "of them from it (1000 per call) %d ms; raw bulk insert of %,d offer-sized documents %d ms; "
                        + "submit→all offers stored %d ms; submit→all %,d TenderOffered events consumed from Kafka "
                        + "%d ms (%.0f offers/s end to end)%n%n",
                PARTNERS, seedMillis, ownerPagingMillis, PARTNERS, rawBulkMillis, millis(submitted, offersStored),
                PARTNERS, millis(submitted, eventsRead), PARTNERS * 1000.0 / Math.max(1, millis(submitted, eventsRead)));
    }

    /** What asking the owner costs alone: every opted-in partner, 1000 per HTTP call, as the fan-out asks. */
    private long pageThroughTheOwner() {
        long start = System.nanoTime();
        String after = null;
        int seen = 0;
        List<PartnerSubscription> page;
        do {
            page = subscribers.page(null, after, 1000);
            seen += page.size();
            after = page.isEmpty() ? after : page.get(page.size() - 1).partnerId();
        } while (page.size() == 1000);
        assertThat(seen).isGreaterThanOrEqualTo(PARTNERS);
        return millis(start, System.nanoTime());
    }

    /** The same database's raw rate for comparison: 10,000 documents of an offer's size, 500 per insertMany. */
    private long rawBulkInsert(String run) {
        var collection = mongo.getCollection("tender_raw_baseline_" + run);
        long start = System.nanoTime();
        List<Document> batch = new java.util.ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            batch.add(new Document("_id", run + ":" + i).append("tenderId", run).append("partnerId", "p" + i)
                    .append("excerpt", new Document("title", "Mail for a school").append("summary", "x".repeat(80)))
                    .append("outbox", List.of(new Document("eventId", UUID.randomUUID().toString())
                            .append("payload", new org.bson.types.Binary(new byte[400])))));
            if (batch.size() == 500) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        long elapsed = millis(start, System.nanoTime());
        collection.drop();
        return elapsed;
    }

    private boolean fanOutDone(String tenderId) {
        Document request = mongo.getCollection("tender_requests").find(new Document("_id", tenderId)).first();
        return request != null && Boolean.TRUE.equals(request.get("fanOut", Document.class).getBoolean("done"));
    }

    private static long millis(long from, long to) {
        return Duration.ofNanos(to - from).toMillis();
    }
}
