package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.platform.EmbeddedPlatform;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code POST /open-tender-checks}: which requests are valid right now, for other Partnerhub services. */
@TenderIT
class OpenTenderChecksIT {

    @Autowired
    RestTestClient http;
    @Autowired
    MongoTemplate mongo;

    String run = UUID.randomUUID().toString().substring(0, 8);

    /** Once the application is up (it creates its topics), read what it publishes. */
    @BeforeEach
    void readPublishedEvents() {
        PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
    }

    @Test
    void answersTheOpenOnesAtTheMomentOfTheCall() {
        String open = submit("open");
        String cancelled = submit("cancelled");
        String expiredByClock = submit("expired");
        String unknown = "unknown-" + run;
        mongo.getCollection("tender_requests").updateOne(new Document("_id", expiredByClock),
                new Document("$set", new Document("expiresAt", Date.from(Instant.now().minusSeconds(1)))));
        List<String> asked = List.of(unknown, cancelled, open, expiredByClock, open);

        assertThat(check(service(), asked)).as("before the cancellation, in the order asked")
                .containsExactly(cancelled, open);

        cancel(cancelled);

        assertThat(check(service(), asked)).as("the very next answer after the cancellation").containsExactly(open);
        assertThat(mongo.getCollection("tender_requests").find(new Document("_id", expiredByClock)).first()
                .getString("status")).as("expired by the clock only, the sweeper has not run").isEqualTo("OPEN");
        assertThat(check("Bearer " + EmbeddedPlatform.shared().tokens().issue("ops-" + run, null, Set.of("OPS")),
                List.of(open))).as("operations may ask too").containsExactly(open);
        assertThat(check(service(), List.of(unknown))).isEmpty();
    }

    @Test
    void onlyServicesAndOperationsMayAsk() {
        http.post().uri("/open-tender-checks").header("Authorization", PartnerFixture.bearer("partner-" + run))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("tenderIds", List.of("x")))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        http.post().uri("/open-tender-checks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("tenderIds", List.of("x"))).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refusesAnEmptyOrOversizedBatch() {
        List<String> tooMany = IntStream.range(0, 1001).mapToObj(i -> "t-" + i).toList();
        for (Object body : List.of(Map.of("tenderIds", List.of()), Map.of("tenderIds", tooMany), Map.of())) {
            http.post().uri("/open-tender-checks").header("Authorization", service())
                    .contentType(MediaType.APPLICATION_JSON).body(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("tenderIds"));
        }
        http.post().uri("/open-tender-checks").header("Authorization", service())
                .contentType(MediaType.APPLICATION_JSON).body("{\"tenderIds\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> exactlyTheMost = IntStream.range(0, 1000).mapToObj(i -> "t-" + i).toList();
        assertThat(check(service(), exactlyTheMost)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> check(String bearer, List<String> tenderIds) {
        Map<String, Object> answer = http.post().uri("/open-tender-checks").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("tenderIds", tenderIds))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<String>) answer.get("open");
    }

    private static String service() {
        return "Bearer " + EmbeddedPlatform.shared().tokens().issueForService("notification-service");
    }

    private void cancel(String tenderId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).isEmpty());
        String token = PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).get(0).getRequesterToken();
        http.post().uri("/public/tender-links/" + token + "/cancellation").exchange().expectStatus().isOk();
    }

    private String submit(String what) {
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Domains for a club", "description",
                        "Three domains and mail forwarding for a sports club with 200 members.",
                        "productCategories", List.of("checks-" + run), "language", "it",
                        "contact", Map.of("name", "Gino Bassi", "email", what + "-" + run + "@example.ch")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("tenderId");
    }
}
