package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R31 in a browser: the emailed link shows an HTML page in the requester's language; its form cancels. */
@TenderIT
class RequesterPageIT {

    @Autowired
    RestTestClient http;

    String run = UUID.randomUUID().toString().substring(0, 8);
    String category = "page-" + run;

    /** Once the application is up (it creates its topics), read what it publishes. */
    @BeforeEach
    void readPublishedEvents() {
        PublishedEvents.read(Topic.TENDERS, Topic.TENDER_OFFERS);
    }

    @Test
    void theRequesterReadsRevealsAndProposalsInTheirLanguageAndCancelsFromThePage() {
        String partner = "alpha-" + run;
        PartnershipStandIn.shared().optIn(partner, List.of(category), List.of());
        try {
            revealProposeAndCancel(partner);
        } finally {
            PartnershipStandIn.shared().optOut(partner);
        }
    }

    private void revealProposeAndCancel(String partner) {
        String tenderId = submit("Webshop <script>alert(1)</script>");
        String token = requesterToken(tenderId);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.post().uri("/partner/tenders/" + tenderId + "/reveal")
                .header("Authorization", PartnerFixture.bearer(partner)).exchange().returnResult().getStatus().value() == 200);
        http.post().uri("/partner/tenders/" + tenderId + "/proposals").header("Authorization", PartnerFixture.bearer(partner))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "Shop und Hosting in einer Woche.", "price", Map.of("amount", "1800.00", "currency", "CHF")))
                .exchange().expectStatus().isCreated();

        String page = html("GET", "/public/tender-links/" + token, 200);
        assertThat(page).contains("<html lang=\"de\">", "Ihre Ausschreibung", "Offen",
                        "Von 1 von höchstens 5 Partnern aufgedeckt", "Shop und Hosting in einer Woche.", "CHF 1.800,00",
                        "action=\"/public/tender-links/" + token + "/cancellation\"", "Diese Anfrage stornieren")
                .contains("Webshop &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");

        assertThat(html("POST", "/public/tender-links/" + token + "/cancellation", 200))
                .contains("Ihre Anfrage ist storniert", "wer sie aufgedeckt hat, wurde informiert");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderCancelled.class).isEmpty());

        assertThat(html("GET", "/public/tender-links/" + token, 410)).contains("Diese Anfrage ist geschlossen",
                "Sie wurde storniert.").doesNotContain("<form");
        assertThat(html("POST", "/public/tender-links/" + token + "/cancellation", 410))
                .contains("Diese Anfrage ist geschlossen");
    }

    @Test
    void programsStillGetJsonFromTheSameLink() {
        String tenderId = submit("Bakery web shop");
        String token = requesterToken(tenderId);
        http.get().uri("/public/tender-links/" + token).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.tenderId").isEqualTo(tenderId).jsonPath("$.status").isEqualTo("OPEN");
        http.get().uri("/public/tender-links/" + token).accept(MediaType.ALL).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void anUnknownLinkSaysSoInTheBrowsersLanguageAndChangesNothing() {
        String page = http.get().uri("/public/tender-links/" + "x".repeat(43)).accept(MediaType.TEXT_HTML)
                .header("Accept-Language", "fr-CH,fr;q=0.9").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"fr\">", "pas valide");
        assertThat(html("POST", "/public/tender-links/not-a-token/cancellation", 404)).contains("This link is not valid");
    }

    private String html(String method, String path, int status) {
        RestTestClient.RequestBodySpec request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .accept(MediaType.TEXT_HTML);
        if (method.equals("POST")) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("");
        }
        return request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'none'"))
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private String submit(String title) {
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                        "title", title,
                        "description", "Wir brauchen Hosting, eine Domain und E-Mail für 12 Personen.",
                        "productCategories", List.of(category),
                        "language", "de",
                        "region", "Zürich",
                        "contact", Map.of("name", "Anna Keller", "company", "Bäckerei Keller",
                                "email", "anna-" + run + "@example.ch")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("tenderId");
    }

    private static String requesterToken(String tenderId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).isEmpty());
        return PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).get(0).getRequesterToken();
    }
}
