package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fan-out asks partnership-service, the owner of tender opt-ins, for its recipients at the moment
 * it runs — partner events no longer decide anything — and waits at its saved cursor while the owner
 * cannot answer. Each request is submitted in a trace of the test's own, so the stand-in can tell
 * this request's pages from any other fan-out's.
 */
@TenderIT
class OwnerDecidesRecipientsIT {

    @Autowired
    RestTestClient http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoOfferBook offers;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    PartnershipStandIn partnership = PartnershipStandIn.shared();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String category = "owner-" + run;

    @AfterEach
    void ownerBackUp() {
        partnership.down(false);
        List<Throwable> hookFailures = partnership.hookFailures();
        partnership.clearHooks();
        partnership.optOutWhere(id -> id.endsWith(run) || id.contains("-" + run + "-"));
        assertThat(hookFailures).isEmpty();
    }

    /** Once the application is up (it creates its topics), read what it publishes. */
    @BeforeEach
    void readPublishedEvents() {
        PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
    }

    @Test
    void aPartnerOptedOutAtTheOwnerGetsNothingAndOneOptedInOnlyThereGetsItsOffer() {
        String optedOut = "out-" + run;
        String optedIn = "in-" + run;
        // the partner's events say "opted in" (as a lagging read model would have it) ...
        kafka.send(PartnerFixture.topic(), optedOut, PartnerFixture.optIn(optedOut, 3, true, List.of(category), List.of()));
        // ... but at the owner it opted in and then out, confirmed, before the request is submitted
        partnership.optIn(optedOut, List.of(category), List.of());
        partnership.optOut(optedOut);
        // and this one opted in at the owner a moment ago; no event about it has been read anywhere
        partnership.optIn(optedIn, List.of(category), List.of());

        String trace = traceId();
        String tenderId = submit(trace, "fr", List.of(category));

        await().atMost(Duration.ofSeconds(20)).until(() -> fanOutDone(tenderId));
        assertThat(offers.offeredTo(tenderId, optedIn)).isPresent();
        assertThat(offers.offeredTo(tenderId, optedOut)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> !OfferedEvents.of(tenderId).isEmpty());
        assertThat(OfferedEvents.of(tenderId)).extracting(TenderOffered::getPartnerId)
                .filteredOn(partnerId -> partnerId.endsWith(run)).as("of this test's partners").containsExactly(optedIn);
        assertThat(partnership.callsInTrace(trace)).isNotEmpty().allSatisfy(call -> {
            assertThat(call.subject()).as("tender-service's own client-credentials token").isEqualTo("tender-service");
            assertThat(call.roles()).contains("SERVICE");
            assertThat(call.limit()).isEqualTo(1000);
        });
    }

    @Test
    void theOwnersCategoriesAndLanguagesChooseWhoIsOffered() {
        String everything = "all-" + run;
        String sameCategory = "cat-" + run;
        String otherCategory = "other-" + run;
        String wrongLanguage = "lang-" + run;
        String rightLanguage = "fr-" + run;
        partnership.optIn(everything, List.of(), List.of());
        partnership.optIn(sameCategory, List.of("mail", category), List.of());
        partnership.optIn(otherCategory, List.of("mail-only-" + run), List.of());
        partnership.optIn(wrongLanguage, List.of(category), List.of("DE", "IT"));
        partnership.optIn(rightLanguage, List.of(), List.of("FR"));

        String tenderId = submit(traceId(), "fr", List.of(category));

        await().atMost(Duration.ofSeconds(20)).until(() -> fanOutDone(tenderId));
        for (String offered : List.of(everything, sameCategory, rightLanguage)) {
            assertThat(offers.offeredTo(tenderId, offered)).as(offered).isPresent();
        }
        for (String notOffered : List.of(otherCategory, wrongLanguage)) {
            assertThat(offers.offeredTo(tenderId, notOffered)).as(notOffered).isEmpty();
        }
        assertThat(offers.offeredTo(tenderId, sameCategory).orElseThrow().email()).isEqualTo(sameCategory + "@partners.example");
    }

    @Test
    void whileTheOwnerIsDownNobodyIsOfferedAndOnceItIsBackEveryoneIsOfferedExactlyOnce() {
        List<String> partners = List.of("a-" + run, "b-" + run, "c-" + run);
        partners.forEach(partner -> partnership.optIn(partner, List.of(category), List.of()));
        partnership.down(true);

        String trace = traceId();
        String tenderId = submit(trace, "fr", List.of(category));

        // retried at its cursor, every couple of seconds, not skipped, not finished
        await().atMost(Duration.ofSeconds(20)).until(() -> failedCalls(trace) >= 2);
        assertThat(StoredOffers.count(mongo, tenderId)).isZero();
        assertThat(fanOut(tenderId).getBoolean("done")).isFalse();
        assertThat(fanOut(tenderId).getString("lastPartnerId")).isNull();
        assertThat(OfferedEvents.of(tenderId)).isEmpty();

        long back = System.nanoTime();
        partnership.down(false);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> fanOutDone(tenderId));
        Duration resumedAfter = Duration.ofNanos(System.nanoTime() - back);
        assertThat(resumedAfter).as("resumes within seconds of the owner answering").isLessThan(Duration.ofSeconds(8));

        assertThat(StoredOffers.count(mongo, tenderId)).isEqualTo(partners.size());
        assertExactlyOnce(tenderId, Set.copyOf(partners));
        System.out.printf("%n[tender fan-out] owner back → fan-out done in %d ms%n%n", resumedAfter.toMillis());
    }

    @Test
    void anOwnerGoingDownHalfwayLeavesTheFanOutAtItsCursorAndNoPartnerIsLostOrOfferedTwice() {
        int count = 2_500;
        String prefix = "half-" + run;
        partnership.clear();
        partnership.seed(prefix, category, count);
        String trace = traceId();
        // the first page is answered, then the owner goes down
        partnership.onCall(call -> trace.equals(call.traceId()) && call.status() == 200 && call.after() == null,
                () -> partnership.down(true));

        String tenderId = submit(trace, "en", List.of(category));

        await().atMost(Duration.ofSeconds(20)).until(() -> failedCalls(trace) >= 2);
        assertThat(StoredOffers.count(mongo, tenderId)).isEqualTo(1000);
        assertThat(fanOut(tenderId).getString("lastPartnerId")).isEqualTo(PartnershipStandIn.partnerId(prefix, 999));
        assertThat(fanOut(tenderId).getBoolean("done")).isFalse();

        partnership.clearHooks();
        partnership.down(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> fanOutDone(tenderId));

        assertThat(StoredOffers.count(mongo, tenderId)).isEqualTo(count);
        assertThat(partnership.callsInTrace(trace).stream().filter(call -> call.status() == 200)
                .map(PartnershipStandIn.Call::after)).as("each page answered once, resumed at the saved cursor")
                .containsExactly(null, PartnershipStandIn.partnerId(prefix, 999), PartnershipStandIn.partnerId(prefix, 1999));
        assertExactlyOnce(tenderId, java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> PartnershipStandIn.partnerId(prefix, i)).collect(Collectors.toSet()));
        partnership.optOutAll(prefix);
    }

    @Test
    void aCancellationStopsTheFanOutBeforeItsNextBatch() {
        String tenderId = stoppedInTheSecondBatch((id, token) -> http.post()
                .uri("/public/tender-links/" + token + "/cancellation").exchange().expectStatus().isOk());
        assertThat(mongo.getCollection("tender_requests").find(new Document("_id", tenderId)).first()
                .getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void aRequestPastItsValidityStopsTheFanOutBeforeItsNextBatchEvenBeforeTheSweeperRan() {
        String tenderId = stoppedInTheSecondBatch((id, token) -> mongo.getCollection("tender_requests").updateOne(
                new Document("_id", id), new Document("$set", new Document("expiresAt",
                        Date.from(Instant.now().minusSeconds(1))))));
        assertThat(mongo.getCollection("tender_requests").find(new Document("_id", tenderId)).first()
                .getString("status")).as("the sweeper has not come by").isEqualTo("OPEN");
    }

    /**
     * 3,000 partners; the request ends while the owner answers the second page: that batch (in
     * flight) is recorded, then the check before the third finds the request ended, and the fan-out
     * is done with 2,000 offers. The owner is down at submission, so the test has the link token
     * before the fan-out starts.
     */
    private String stoppedInTheSecondBatch(java.util.function.BiConsumer<String, String> end) {
        String prefix = "stop-" + run;
        partnership.clear();
        partnership.seed(prefix, category, 3_000);
        partnership.down(true);
        String trace = traceId();
        String tenderId = submit(trace, "en", List.of(category));
        await().atMost(Duration.ofSeconds(20)).until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).isEmpty());
        String token = PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).get(0).getRequesterToken();
        AtomicInteger answered = new AtomicInteger();
        partnership.onCall(call -> trace.equals(call.traceId()) && call.status() == 200
                && answered.incrementAndGet() == 2, () -> end.accept(tenderId, token));

        partnership.down(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> fanOutDone(tenderId));

        assertThat(StoredOffers.count(mongo, tenderId)).isEqualTo(2_000);
        assertThat(partnership.callsInTrace(trace).stream().filter(call -> call.status() == 200)).hasSize(2);
        partnership.optOutAll(prefix);
        return tenderId;
    }

    private void assertExactlyOnce(String tenderId, Set<String> partners) {
        await().atMost(Duration.ofSeconds(30)).until(() -> OfferedEvents.of(tenderId).size() >= partners.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection(MongoOfferBook.BATCHES)
                .countDocuments(new Document("tenderId", tenderId).append("outbox.0", new Document("$exists", true))) == 0);
        List<TenderOffered> events = OfferedEvents.of(tenderId);
        assertThat(events).hasSize(partners.size());
        assertThat(events.stream().map(TenderOffered::getPartnerId).collect(Collectors.toSet())).isEqualTo(partners);
    }

    private long failedCalls(String trace) {
        return partnership.callsInTrace(trace).stream().filter(call -> call.status() == 503).count();
    }

    private String submit(String traceId, String language, List<String> categories) {
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                .header("traceparent", traceparent)
                .body(Map.of("title", "Hosting for a choir", "description",
                        "Website, mail and a members' area for a choir of 60 singers, with a calendar.",
                        "productCategories", categories, "language", language,
                        "contact", Map.of("name", "Eva Roth", "email", "eva-" + run + "-" + hex(3) + "@example.ch")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("tenderId");
    }

    private boolean fanOutDone(String tenderId) {
        return Boolean.TRUE.equals(fanOut(tenderId).getBoolean("done"));
    }

    private Document fanOut(String tenderId) {
        return mongo.getCollection("tender_requests").find(new Document("_id", tenderId)).first()
                .get("fanOut", Document.class);
    }

    private static String traceId() {
        return hex(16);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
