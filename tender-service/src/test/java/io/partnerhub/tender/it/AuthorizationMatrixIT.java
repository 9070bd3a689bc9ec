package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.authorization.AuthorizationMatrix;
import io.partnerhub.testing.authorization.Caller;
import io.partnerhub.testing.authorization.CellRequest;
import io.partnerhub.testing.authorization.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Drives {@code authorization-matrix.md}: the partner space and the requester's link, on real
 * requests offered through the real fan-out, with every kind of caller. A cell that may change
 * its request (a reveal, a proposal, a cancellation) gets a request of its own.
 */
@TenderIT
class AuthorizationMatrixIT {

    private static final String PROPOSAL = "{\"text\":\"Shop, hosting and mail for 12: ready in a week.\"}";

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient http;
    @Autowired
    MongoOfferBook offers;

    private final PartnershipStandIn partnership = PartnershipStandIn.shared();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String category = "matrix-" + run;
    private final String offered = "partner-offered-" + run;
    private final String unlinked = "partner-unlinked-" + run;
    private final String ended = "partner-ended-" + run;

    @BeforeEach
    void partners() {
        PublishedEvents.read(Topic.TENDERS);
        partnership.optIn(offered, List.of(category), List.of());
        partnership.optIn(unlinked, List.of("other-" + category), List.of());
        partnership.optIn(ended, List.of(category), List.of());
        partnership.optOut(ended);
    }

    @AfterEach
    void optOut() {
        partnership.optOutWhere(partnerId -> partnerId.endsWith("-" + run));
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws Exception {
        String shared = offeredTender();
        AuthorizationMatrix.fromResource("/authorization-matrix.md").runAndAssert("tender-service",
                URI.create("http://localhost:" + port), (endpoint, caller) -> request(endpoint, caller, shared));
    }

    private CellRequest request(Endpoint endpoint, Caller caller, String shared) {
        String path = endpoint.path();
        String token = token(caller);
        if (path.startsWith("/ops/dead-letters/")) {
            return CellRequest.of(Map.of("topic", Topic.PARTNERS.deadLetterName(), "partition", "0", "offset", "0"),
                    null, token);
        }
        if (path.startsWith("/public/tender-links/")) {
            String tenderId = endpoint.method().equals("POST") ? offeredTender() : shared;
            return CellRequest.of(Map.of("token", requesterToken(tenderId)), null, token);
        }
        if (path.endsWith("/reveal")) {
            return CellRequest.of(Map.of("tenderId", offeredTender()), null, token);
        }
        if (path.endsWith("/proposals")) {
            String tenderId = offeredTender();
            http.post().uri("/partner/tenders/" + tenderId + "/reveal")
                    .header("Authorization", PartnerFixture.bearer(offered)).exchange().expectStatus().isOk();
            return CellRequest.of(Map.of("tenderId", tenderId), PROPOSAL, token);
        }
        return CellRequest.of(Map.of("tenderId", shared), null, token);
    }

    private String token(Caller caller) {
        var tokens = EmbeddedPlatform.shared().tokens();
        return switch (caller) {
            case OWNER -> tokens.issue("rep-" + offered, offered, Set.of("LEGAL_REPRESENTATIVE"));
            case OTHER_CUSTOMER -> tokens.issue("rep-c-" + run, "customer-" + run, Set.of("LEGAL_REPRESENTATIVE"));
            case PARTNER -> tokens.issue("admin-" + offered, offered, Set.of("ADMIN"));
            case COLLABORATOR_GRANTED -> tokens.issue("granted-" + offered, offered, Set.of("COLLABORATOR"));
            case COLLABORATOR_UNGRANTED -> tokens.issue("ungranted-" + offered, offered, Set.of("COLLABORATOR"));
            case UNLINKED_PARTNER -> tokens.issue("rep-" + unlinked, unlinked, Set.of("LEGAL_REPRESENTATIVE"));
            case ENDED_PARTNER -> tokens.issue("rep-" + ended, ended, Set.of("LEGAL_REPRESENTATIVE"));
            case OPS -> tokens.issue("ops-" + run, "provider", Set.of("OPS"));
            case ANONYMOUS, EXPIRED -> throw new IllegalArgumentException(caller + " reuses the owner's request");
        };
    }

    /** A request submitted for the matrix's category, once its offer to the offered partner is stored. */
    private String offeredTender() {
        Map<?, ?> created = http.post().uri("/public/tenders").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Bakery web shop",
                        "description", "We need hosting, a domain and mail for 12 people; the shop opens in spring.",
                        "productCategories", List.of(category), "language", "fr",
                        "contact", Map.of("name", "Anne Dupont", "email", requesterEmail())))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String tenderId = (String) created.get("tenderId");
        await().atMost(Duration.ofSeconds(20)).until(() -> offers.offeredTo(tenderId, offered).isPresent());
        return tenderId;
    }

    /** One address per request: the same requester may submit only five an hour. */
    private String requesterEmail() {
        return "anne-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ch";
    }

    private static String requesterToken(String tenderId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).isEmpty());
        return PublishedEvents.of(Topic.TENDERS, tenderId, TenderSubmitted.class).get(0).getRequesterToken();
    }
}
