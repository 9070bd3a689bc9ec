package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderRevealed;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.tender.request.persistence.TenderRequestDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
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

/**
 * R5, least privilege in the partner space: the partner's collaborators see what is offered to it,
 * but revealing, the requester's contact and proposals are for its legal representatives (or admins).
 */
@TenderIT
class CollaboratorLeastPrivilegeIT {

    private static final String REFUSAL =
            "only the partner's legal representatives reveal a tender request and see who asked";

    @Autowired
    RestTestClient http;
    @Autowired
    MongoOfferBook offers;
    @Autowired
    MongoTemplate mongo;

    PartnershipStandIn partnership = PartnershipStandIn.shared();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String category = "r5-" + run;
    String partner = "partner-" + run;
    String requesterEmail = "requester-" + run + "@example.ch";

    @BeforeEach
    void offerATender() {
        PublishedEvents.read(Topic.TENDERS);
        partnership.optIn(partner, List.of(category), List.of());
    }

    @AfterEach
    void optOut() {
        partnership.optOutWhere(partnerId -> partnerId.endsWith("-" + run));
    }

    @Test
    void aCollaboratorSeesTheExcerptAndTheNeedButNotTheContactTheLegalRepresentativeRevealed() {
        String tenderId = offeredTender();
        reveal("LEGAL_REPRESENTATIVE", tenderId).expectStatus().isOk();

        String listing = new String(http.get().uri("/partner/tenders").header("Authorization", bearer("COLLABORATOR"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.tenderId == '" + tenderId + "')].excerpt.title")
                .isEqualTo(List.of("Bakery web shop"))
                .returnResult().getResponseBodyContent());
        assertThat(listing).doesNotContain(requesterEmail).doesNotContain("+41 21");

        String opened = new String(http.get().uri("/partner/tenders/" + tenderId)
                .header("Authorization", bearer("COLLABORATOR")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.need.title").isEqualTo("Bakery web shop")
                .jsonPath("$.revealedByYou").isEqualTo(true)
                .jsonPath("$.contact").doesNotExist()
                .returnResult().getResponseBodyContent());
        assertThat(opened).doesNotContain(requesterEmail).doesNotContain("Anne Dupont");

        http.get().uri("/partner/tenders/" + tenderId).header("Authorization", bearer("LEGAL_REPRESENTATIVE"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.contact.email").isEqualTo(requesterEmail);
        http.get().uri("/partner/tenders/" + tenderId).header("Authorization", bearer("ADMIN"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.contact.email").isEqualTo(requesterEmail);
    }

    @Test
    void aCollaboratorsRevealIsRefusedAndStoresNothing() {
        String tenderId = offeredTender();
        Document before = storedRequest(tenderId);

        reveal("COLLABORATOR", tenderId).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.detail").isEqualTo(REFUSAL)
                .jsonPath("$.contact").doesNotExist();

        assertThat(storedRequest(tenderId)).as("no reveal recorded, no event, the cap untouched").isEqualTo(before);

        reveal("LEGAL_REPRESENTATIVE", tenderId).expectStatus().isOk().expectBody()
                .jsonPath("$.contact.email").isEqualTo(requesterEmail)
                .jsonPath("$.firstTime").isEqualTo(true).jsonPath("$.revealCount").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> PublishedEvents.of(Topic.TENDERS, tenderId, TenderRevealed.class).size() == 1);
        assertThat(PublishedEvents.of(Topic.TENDERS, tenderId, TenderRevealed.class)).hasSize(1);
    }

    @Test
    void aCollaboratorCannotReadTheContactAgainThroughTheRevealOnceItsPartnerRevealed() {
        String tenderId = offeredTender();
        reveal("ADMIN", tenderId).expectStatus().isOk().expectBody()
                .jsonPath("$.contact.email").isEqualTo(requesterEmail).jsonPath("$.firstTime").isEqualTo(true);
        Document before = storedRequest(tenderId);

        String refused = new String(reveal("COLLABORATOR", tenderId).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo(REFUSAL).returnResult().getResponseBodyContent());
        assertThat(refused).doesNotContain(requesterEmail);
        assertThat(storedRequest(tenderId)).isEqualTo(before);
    }

    @Test
    void aCollaboratorsRevealIsRefusedBeforeItLearnsWhetherTheTenderExists() {
        reveal("COLLABORATOR", UUID.randomUUID().toString()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo(REFUSAL);
        reveal("LEGAL_REPRESENTATIVE", UUID.randomUUID().toString()).expectStatus().isNotFound();
    }

    @Test
    void onlyLegalRepresentativesSendProposals() {
        String tenderId = offeredTender();
        reveal("LEGAL_REPRESENTATIVE", tenderId).expectStatus().isOk();
        Document before = storedRequest(tenderId);

        propose("COLLABORATOR", tenderId).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        assertThat(storedRequest(tenderId)).as("no proposal stored, no event").isEqualTo(before);

        propose("LEGAL_REPRESENTATIVE", tenderId).expectStatus().isCreated();
        propose("ADMIN", tenderId).expectStatus().isCreated();
        http.get().uri("/partner/tenders/" + tenderId).header("Authorization", bearer("LEGAL_REPRESENTATIVE"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.yourProposals.length()").isEqualTo(2);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> PublishedEvents.of(Topic.TENDERS, tenderId, TenderProposalSubmitted.class).size() == 2);
    }

    private String offeredTender() {
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "title", "Bakery web shop",
                        "description", "We need hosting, a domain and mail for 12 people; the shop opens in spring.",
                        "productCategories", List.of(category),
                        "language", "fr",
                        "contact", Map.of("name", "Anne Dupont", "email", requesterEmail, "phone", "+41 21 555 12 34")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String tenderId = (String) created.get("tenderId");
        await().atMost(Duration.ofSeconds(20)).until(() -> offers.offeredTo(tenderId, partner).isPresent());
        return tenderId;
    }

    private RestTestClient.ResponseSpec reveal(String role, String tenderId) {
        return http.post().uri("/partner/tenders/" + tenderId + "/reveal").header("Authorization", bearer(role))
                .exchange();
    }

    private RestTestClient.ResponseSpec propose(String role, String tenderId) {
        return http.post().uri("/partner/tenders/" + tenderId + "/proposals").header("Authorization", bearer(role))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "Shop, hosting and mail for 12: ready in a week.")).exchange();
    }

    private String bearer(String role) {
        return PartnerFixture.bearer(partner, role);
    }

    /**
     * What a decision writes: the reveals, the proposals and the revision (every save bumps it, and
     * an event enters the outbox only with a save). The relay's and the fan-out's fields move on their own.
     */
    private Document storedRequest(String tenderId) {
        return mongo.getCollection(TenderRequestDocument.COLLECTION).find(new Document("_id", tenderId))
                .projection(new Document("reveals", 1).append("proposals", 1).append("revision", 1)
                        .append("revealCap", 1).append("status", 1))
                .first();
    }
}
