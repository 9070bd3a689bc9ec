package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.request.persistence.TenderRequestDocument;
import io.partnerhub.testing.LinkPages;
import io.partnerhub.testing.PublishedEvents;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R31–R33: the requester's emailed link ({@code /public/tender-links/{token}}) abused — used again
 * after the cancellation, after the request's validity, tampered with, for another request, fetched
 * by mail scanners — is refused with a problem (404 unknown, 410 closed) or is harmless: the request
 * as stored and the published events do not change.
 */
@TenderIT
class RequesterLinkAbuseIT {

    private static final String LINK = "/public/tender-links/";

    @Autowired
    RestTestClient http;
    @Autowired
    MongoTemplate mongo;
    private LinkPages pages;

    String run = UUID.randomUUID().toString().substring(0, 8);
    String category = "abuse-" + run;

    @BeforeEach
    void linkPages() {
        pages = new LinkPages(http);
    }

    @BeforeEach
    void readPublishedEvents() {
        PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
    }

    @Test
    void aLinkUsedAgainAfterTheCancellationIsGoneAndChangesNothing() {
        String tenderId = submit();
        String token = requesterToken(tenderId);
        http.post().uri(LINK + token + "/cancellation").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class).isEmpty());
        Document before = stored(tenderId);

        for (int i = 0; i < 2; i++) {
            assertThat(pages.problem(HttpMethod.POST, LINK + token + "/cancellation", 410)).containsEntry("reason", "CANCELLED");
            assertThat(pages.problem(HttpMethod.GET, LINK + token, 410)).containsEntry("reason", "CANCELLED");
            pages.html(HttpMethod.POST, LINK + token + "/cancellation", 410);
        }

        assertThat(stored(tenderId)).isEqualTo(before);
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class)).as("cancelled once").hasSize(1);
    }

    @Test
    void aLinkPastTheRequestsValidityIsGoneBeforeTheSweeperRanAndCancelsNothing() {
        String tenderId = submit();
        String token = requesterToken(tenderId);
        mongo.getCollection(TenderRequestDocument.COLLECTION).updateOne(new Document("_id", tenderId),
                new Document("$set", new Document("expiresAt", Date.from(Instant.now().minusSeconds(1)))));
        Document before = stored(tenderId);

        assertThat(pages.problem(HttpMethod.GET, LINK + token, 410)).containsEntry("reason", "EXPIRED");
        assertThat(pages.problem(HttpMethod.POST, LINK + token + "/cancellation", 410)).containsEntry("reason", "EXPIRED");
        pages.html(HttpMethod.GET, LINK + token, 410);
        pages.html(HttpMethod.POST, LINK + token + "/cancellation", 410);

        assertThat(stored(tenderId)).isEqualTo(before);
        assertThat(before.getString("status")).isEqualTo("OPEN");
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class)).isEmpty();
    }

    @Test
    void aTamperedLinkIsNotFoundExactlyLikeAnUnknownOneAndTheRealLinkStillWorks() {
        String tenderId = submit();
        String token = requesterToken(tenderId);
        Document before = stored(tenderId);
        String unknown = LinkSecret.generate().value();
        Map<String, Object> unknownView = LinkPages.withoutInstance(pages.problem(HttpMethod.GET, LINK + unknown, 404));
        Map<String, Object> unknownCancel = LinkPages.withoutInstance(pages.problem(HttpMethod.POST, LINK + unknown + "/cancellation", 404));
        String unknownPage = pages.html(HttpMethod.GET, LINK + unknown, 404);

        Map<String, String> tampered = LinkPages.tamperedCopies(token);
        tampered.forEach((how, link) -> {
            assertThat(link).as(how).isNotEqualTo(token);
            assertThat(LinkPages.withoutInstance(pages.problem(HttpMethod.GET, LINK + link, 404))).as(how).isEqualTo(unknownView);
            assertThat(LinkPages.withoutInstance(pages.problem(HttpMethod.POST, LINK + link + "/cancellation", 404))).as(how)
                    .isEqualTo(unknownCancel);
            assertThat(pages.html(HttpMethod.GET, LINK + link, 404)).as(how).isEqualTo(unknownPage);
            assertThat(pages.html(HttpMethod.POST, LINK + link + "/cancellation", 404)).as(how).isEqualTo(unknownPage);
        });

        assertThat(stored(tenderId)).isEqualTo(before);
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class)).isEmpty();
        http.get().uri(LINK + token).accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.tenderId").isEqualTo(tenderId).jsonPath("$.status").isEqualTo("OPEN");
    }

    /** The link takes no tender id: the token alone names the request, and cancels only that one. */
    @Test
    void aLinkCancelsItsOwnRequestAndNoOther() {
        String tenderA = submit();
        String tenderB = submit();
        String tokenA = requesterToken(tenderA);
        String tokenB = requesterToken(tenderB);
        Document beforeB = stored(tenderB);

        http.get().uri(LINK + tokenA).accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.tenderId").isEqualTo(tenderA);
        http.post().uri(LINK + tokenA + "/cancellation").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.tenderId").isEqualTo(tenderA).jsonPath("$.status").isEqualTo("CANCELLED");

        assertThat(stored(tenderB)).as("the other request").isEqualTo(beforeB);
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderB, TenderCancelled.class)).isEmpty();
        http.get().uri(LINK + tokenB).accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.tenderId").isEqualTo(tenderB).jsonPath("$.status").isEqualTo("OPEN");
        // A's used link stays A's: gone, it does not fall through to B
        pages.problem(HttpMethod.POST, LINK + tokenA + "/cancellation", 410);
        assertThat(stored(tenderB)).isEqualTo(beforeB);
    }

    @Test
    void mailScannersFetchingTheLinkChangeNothingAndTheLinkStillWorks() {
        String tenderId = submit();
        String token = requesterToken(tenderId);
        Document before = stored(tenderId);

        for (int i = 0; i < 3; i++) {
            http.head().uri(LINK + token).accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                    .expectBody().isEmpty();
            http.head().uri(LINK + token).accept(MediaType.ALL).exchange().expectStatus().isOk()
                    .expectBody().isEmpty();
            http.get().uri(LINK + token).accept(MediaType.ALL).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("OPEN");
            http.get().uri(LINK + token).exchange().expectStatus().isOk();
            assertThat(pages.html(HttpMethod.GET, LINK + token, 200)).contains("<form");
            // a scanner following the form's action with GET cancels nothing
            http.get().uri(LINK + token + "/cancellation").accept(MediaType.ALL).exchange()
                    .expectStatus().isEqualTo(405);
            http.get().uri(LINK + token + "/cancellation").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isEqualTo(405);
        }

        assertThat(stored(tenderId)).isEqualTo(before);
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class)).isEmpty();

        assertThat(pages.html(HttpMethod.POST, LINK + token + "/cancellation", 200)).contains("<html");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class).isEmpty());
        assertThat(stored(tenderId).getString("status")).isEqualTo("CANCELLED");
    }

    /** The request as stored, without what the relay and the fan-out write on their own. */
    private Document stored(String tenderId) {
        Document document = mongo.getCollection(TenderRequestDocument.COLLECTION)
                .find(new Document("_id", tenderId)).first();
        assertThat(document).isNotNull();
        document.remove("outbox");
        document.remove("outboxLease");
        document.remove("fanOut");
        return document;
    }

    private String submit() {
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                        "title", "Bakery web shop",
                        "description", "We need hosting, a domain and mail for 12 people; the shop opens in spring.",
                        "productCategories", List.of(category),
                        "language", "en",
                        "region", "Vaud",
                        "contact", Map.of("name", "Anne Dupont", "company", "Boulangerie Dupont",
                                "email", "abuse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ch")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("tenderId");
    }

    private static String requesterToken(String tenderId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).isEmpty());
        return PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).get(0).getRequesterToken();
    }
}
