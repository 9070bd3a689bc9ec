package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.PublishedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderEndReason;
import io.partnerhub.events.tender.TenderExpired;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderRevealed;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.events.tender.TenderWithdrawn;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.abuse.persistence.MongoAttemptCounter;
import io.partnerhub.tender.abuse.scheduling.SubmissionCounterSweeper;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.tender.request.scheduling.ExpirySweeper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Submit → offered events → reveal → proposal → cancel, through REST and Kafka (R27–R33). */
@TenderIT
class TenderFlowIT {

    @Autowired
    RestTestClient http;
    @Autowired
    MongoOfferBook offers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ExpirySweeper sweeper;
    @Autowired
    SubmissionCounterSweeper counterSweeper;
    @Autowired
    MeterRegistry meters;

    PartnershipStandIn partnership = PartnershipStandIn.shared();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String category = "flow-" + run;

    @BeforeEach
    void readEvents() {
        PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
    }

    @org.junit.jupiter.api.AfterEach
    void optOutThisTestsPartners() {
        partnership.optOutWhere(partnerId -> partnerId.endsWith("-" + run));
    }

    @Test
    void submitOfferRevealProposeCancel() {
        String alpha = "alpha-" + run;
        String beta = "beta-" + run;
        String gamma = "gamma-" + run;
        String delta = "delta-" + run;
        optIn(alpha, List.of(category), List.of());
        optIn(beta, List.of(), List.of("FR"));
        optIn(gamma, List.of("mail-only-" + run), List.of());
        optIn(delta, List.of(category), List.of("DE"));

        String tenderId = submit("anne-" + run + "@example.ch");

        await().atMost(Duration.ofSeconds(20)).until(() -> OfferedEvents.of(tenderId).size() >= 2
                && !PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).isEmpty());
        List<TenderOffered> offers = OfferedEvents.of(tenderId);
        assertThat(offers).extracting(TenderOffered::getPartnerId).contains(alpha, beta).doesNotContain(gamma, delta);
        assertThat(offers.toString()).doesNotContain("anne-" + run).doesNotContain("+41 21");
        String token = PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).get(0).getRequesterToken();

        http.get().uri("/partner/tenders").header("Authorization", PartnerFixture.bearer(alpha)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.tenderId == '" + tenderId + "')].revealCount").isEqualTo(List.of(0));
        http.get().uri("/partner/tenders/" + tenderId).header("Authorization", PartnerFixture.bearer(gamma)).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/partner/tenders/" + tenderId).exchange().expectStatus().isUnauthorized();
        http.get().uri("/partner/tenders/" + tenderId).header("Authorization", PartnerFixture.bearer(alpha)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.contact").doesNotExist().jsonPath("$.need.title").isEqualTo("Bakery web shop");

        long firstRevealsBefore = firstReveals();
        reveal(alpha, tenderId).expectStatus().isOk().expectBody()
                .jsonPath("$.contact.email").isEqualTo("anne-" + run + "@example.ch")
                .jsonPath("$.firstTime").isEqualTo(true).jsonPath("$.revealCount").isEqualTo(1);
        reveal(alpha, tenderId).expectStatus().isOk().expectBody()
                .jsonPath("$.firstTime").isEqualTo(false).jsonPath("$.revealCount").isEqualTo(1);
        assertThat(firstReveals() - firstRevealsBefore).as("submitted → first reveal samples").isEqualTo(1);
        reveal(gamma, tenderId).expectStatus().isNotFound();

        http.post().uri("/partner/tenders/" + tenderId + "/proposals").header("Authorization", PartnerFixture.bearer(beta))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("text", "We can do it, reveal first though."))
                .exchange().expectStatus().isEqualTo(409);
        http.post().uri("/partner/tenders/" + tenderId + "/proposals").header("Authorization", PartnerFixture.bearer(alpha))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "Shop, hosting and mail for 12: ready in a week.",
                        "price", Map.of("amount", "1800.00", "currency", "CHF")))
                .exchange().expectStatus().isCreated();

        http.get().uri("/public/tender-links/" + token).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody()
                .jsonPath("$.revealedBy[0].partnerId").isEqualTo(alpha)
                .jsonPath("$.proposals[0].price.amount").isEqualTo(1800.0)
                .jsonPath("$.cancel.method").isEqualTo("POST");

        http.post().uri("/public/tender-links/" + token + "/cancellation").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

        reveal(beta, tenderId).expectStatus().isEqualTo(410);
        http.get().uri("/partner/tenders/" + tenderId).header("Authorization", PartnerFixture.bearer(alpha)).exchange()
                .expectStatus().isEqualTo(410);
        http.get().uri("/public/tender-links/" + token).exchange().expectStatus().isEqualTo(410);
        http.post().uri("/public/tender-links/" + token + "/cancellation").exchange().expectStatus().isEqualTo(410);
        http.get().uri("/partner/tenders").header("Authorization", PartnerFixture.bearer(beta)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.tenderId == '" + tenderId + "')]").isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderWithdrawn.class).isEmpty()
                && !PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class).isEmpty());
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderWithdrawn.class)).singleElement().satisfies(w -> {
            assertThat(w.getPartnerId()).isEqualTo(alpha);
            assertThat(w.getPartnerContact().getEmail()).isEqualTo(alpha + "@partners.example");
        });
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderRevealed.class)).hasSize(1);
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderProposalSubmitted.class)).singleElement()
                .satisfies(p -> assertThat(p.getRequester().getEmail()).isEqualTo("anne-" + run + "@example.ch"));
    }

    private long firstReveals() {
        Timer timer = meters.find("partnerhub.tender.first.reveal.duration").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void ofSixPartnersRacingForTheLastFiveSlotsExactlyFiveWin() throws Exception {
        List<String> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add("racer" + i + "-" + run);
            optIn(racers.get(i), List.of(category), List.of());
        }
        String tenderId = submit("race-" + run + "@example.ch");
        await().atMost(Duration.ofSeconds(20)).until(() -> racers.stream()
                .allMatch(racer -> offers.offeredTo(tenderId, racer).isPresent()));

        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (String racer : racers) {
            String bearer = PartnerFixture.bearer(racer);
            statuses.add(pool.submit(() -> {
                start.await();
                return http.post().uri("/partner/tenders/" + tenderId + "/reveal").header("Authorization", bearer)
                        .exchange().returnResult(String.class).getStatus().value();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(codes).containsExactlyInAnyOrder(200, 200, 200, 200, 200, 409);
        await().atMost(Duration.ofSeconds(20)).until(() -> PublishedEvents.of(Topic.TENDERS, tenderId, TenderRevealed.class).size() == 5);
    }

    @Test
    void theSweeperExpiresDueRequestsAndWithdrawsThemFromRevealingPartners() {
        String partner = "sweep-" + run;
        optIn(partner, List.of(category), List.of());
        String tenderId = submit("sweep-" + run + "@example.ch");
        await().atMost(Duration.ofSeconds(20)).until(() -> offers.offeredTo(tenderId, partner).isPresent());
        reveal(partner, tenderId).expectStatus().isOk();

        mongo.getCollection("tender_requests").updateOne(new Document("_id", tenderId),
                new Document("$set", new Document("expiresAt", Date.from(Instant.now().minusSeconds(1)))));
        reveal(partner, tenderId).expectStatus().isEqualTo(410);
        assertThat(sweeper.sweepAll()).isGreaterThanOrEqualTo(1);
        assertThat(sweeper.sweepAll()).isZero();

        await().atMost(Duration.ofSeconds(20)).until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderExpired.class).isEmpty()
                && !PublishedEvents.of(Topic.TENDERS, tenderId, TenderWithdrawn.class).isEmpty());
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderWithdrawn.class)).singleElement()
                .satisfies(w -> assertThat(w.getReason()).isEqualTo(TenderEndReason.EXPIRED));
    }

    @Test
    void theCounterSweeperDropsTheCountersOfEndedWindowsOnly() {
        var counters = mongo.getCollection(MongoAttemptCounter.COLLECTION);
        counters.insertOne(new Document("_id", "ended-" + run).append("count", 3)
                .append("windowEnd", Date.from(Instant.now().minusSeconds(1))));
        counters.insertOne(new Document("_id", "current-" + run).append("count", 3)
                .append("windowEnd", Date.from(Instant.now().plus(Duration.ofHours(1)))));

        counterSweeper.run();

        assertThat(counters.countDocuments(new Document("_id", "ended-" + run))).isZero();
        assertThat(counters.countDocuments(new Document("_id", "current-" + run))).isOne();
    }

    @Test
    void refusesBadInputWithEveryReason() {
        http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "x", "language", "pt", "contact", Map.of("email", "nope")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == 'language')]").isNotEmpty()
                .jsonPath("$.errors[?(@.field == 'contact.email')]").isNotEmpty();
    }

    @Test
    void limitsSubmissionsPerEmail() {
        String email = "busy-" + run + "@example.ch";
        for (int i = 0; i < 5; i++) {
            submit(email);
        }
        http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON).body(body(email))
                .exchange().expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
    }

    @Test
    void unknownLinksFindNothing() {
        http.get().uri("/public/tender-links/" + "A".repeat(43)).exchange().expectStatus().isNotFound();
        http.post().uri("/public/tender-links/short/cancellation").exchange().expectStatus().isNotFound();
    }

    private RestTestClient.ResponseSpec reveal(String partnerId, String tenderId) {
        return http.post().uri("/partner/tenders/" + tenderId + "/reveal")
                .header("Authorization", PartnerFixture.bearer(partnerId)).exchange();
    }

    private String submit(String email) {
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON).body(body(email))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("tenderId");
    }

    private Map<String, Object> body(String email) {
        return Map.of(
                "title", "Bakery web shop",
                "description", "We need hosting, a domain and mail for 12 people; the shop opens in spring.",
                "productCategories", List.of(category, "web-hosting"),
                "budget", Map.of("min", "1000", "max", "2500.50", "currency", "CHF"),
                "language", "fr",
                "region", "Vaud",
                "contact", Map.of("name", "Anne Dupont", "company", "Boulangerie Dupont", "email", email,
                        "phone", "+41 21 555 12 34"));
    }

    /** The partner opts in at partnership-service, the owner: the very next fan-out asks it. */
    private void optIn(String partnerId, List<String> categories, List<String> languages) {
        partnership.optIn(partnerId, categories, languages);
    }
}
