package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnerTenderOptInChanged;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.partnership.it.Api.okJson;
import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.testing.PublishedEvents.metadata;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /tender-subscribers}: the partners tender-service offers requests to. Each test's
 * partners share a fresh id prefix, so a page that starts after the prefix is theirs alone.
 */
@PartnershipServiceIT
class TenderSubscribersIT {

    @Autowired
    RestTestClient client;

    private Api tenders;
    private String prefix;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.PARTNERS);
    }

    @BeforeEach
    void freshPartners() {
        tenders = Api.asService(client, "tender-service");
        prefix = "tender-" + UUID.randomUUID() + "-";
    }

    @Test
    void pagesThroughOptedInPartnersByIdWithTheirContactAndChoices() {
        Api a = admitted("a");
        admitted("b");
        admitted("c");
        admitted("d");
        a.put("/partners/me/tender-opt-in", Map.of("optedIn", true, "productCategories", List.of("mail", "hosting"),
                "languages", List.of("FR", "DE"))).expectStatus().isOk();
        optIn("b");
        optIn("d");

        List<Map<String, Object>> first = subscribers("/tender-subscribers?after={a}&limit=2", prefix);
        assertThat(first).extracting(subscriber -> subscriber.get("partnerId")).containsExactly(prefix + "a", prefix + "b");
        PartnerTenderOptInChanged event = awaitEvent(Topic.PARTNERS, prefix + "a", PartnerTenderOptInChanged.class);
        assertThat(first.get(0)).containsEntry("legalName", event.getLegalName())
                .containsEntry("email", event.getContact().getEmail()).containsEntry("email", "legal@helvetic.example")
                .containsEntry("language", "DE").containsEntry("personName", "Anna Muster")
                .containsEntry("productCategories", List.of("hosting", "mail"))
                .containsEntry("languages", List.of("DE", "FR"))
                .containsEntry("version", (int) metadata(event).getAggregateVersion());
        assertThat(first.get(1)).containsEntry("productCategories", List.of()).containsEntry("languages", List.of());

        List<Map<String, Object>> next = subscribers("/tender-subscribers?after={b}&limit=2", prefix + "b");
        assertThat(next.get(0)).containsEntry("partnerId", prefix + "d");
        assertThat(next).extracting(subscriber -> subscriber.get("partnerId")).doesNotContain(prefix + "c");
    }

    @Test
    void theFirstPageStartsAtTheLowestIdAndPagesAreSorted() {
        admitted("a");
        optIn("a");

        List<Object> ids = subscribers("/tender-subscribers").stream().map(subscriber -> subscriber.get("partnerId"))
                .toList();
        assertThat(ids).isNotEmpty().hasSizeLessThanOrEqualTo(500);
        assertThat(ids.stream().map(String.class::cast).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(subscribers("/tender-subscribers?limit=1")).hasSize(1);
    }

    @Test
    void anOptOutIsInForceInTheVeryNextAnswer() {
        Api a = admitted("a");
        admitted("b");
        optIn("a");
        optIn("b");
        tenders.get("/tender-subscribers/{id}", prefix + "a").expectStatus().isOk()
                .expectBody().jsonPath("$.partnerId").isEqualTo(prefix + "a");

        a.put("/partners/me/tender-opt-in", Map.of("optedIn", false)).expectStatus().isOk();

        assertThat(subscribers("/tender-subscribers?after={p}&limit=2", prefix))
                .extracting(subscriber -> subscriber.get("partnerId")).first().isEqualTo(prefix + "b");
        tenders.get("/tender-subscribers/{id}", prefix + "a").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        tenders.get("/tender-subscribers/{id}", prefix + "b").expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("legal@helvetic.example");
        tenders.get("/tender-subscribers/{id}", prefix + "nobody").expectStatus().isNotFound();
    }

    @Test
    void onlyServicesAndOperationsMayAsk() {
        Api a = admitted("a");
        optIn("a");

        a.get("/tender-subscribers").expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        a.get("/tender-subscribers/{id}", prefix + "a").expectStatus().isForbidden();
        Api.as(client, "support", "provider", Api.OPS).get("/tender-subscribers/{id}", prefix + "a")
                .expectStatus().isOk();
    }

    @Test
    void aLimitOutsideOneToAThousandIsBadInput() {
        tenders.get("/tender-subscribers?limit=0").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        tenders.get("/tender-subscribers?limit=1001").expectStatus().isBadRequest();
        tenders.get("/tender-subscribers?limit=many").expectStatus().isBadRequest();
        tenders.get("/tender-subscribers?limit=1000").expectStatus().isOk();
    }

    /** Admits the partner {@code prefix + suffix}; answers its legal representative. */
    private Api admitted(String suffix) {
        String organizationId = prefix + suffix;
        Api legal = Api.as(client, "anna-" + organizationId, organizationId, Api.LEGAL);
        legal.post("/partners", Scenario.application("Tender Partner " + organizationId)).expectStatus().isCreated();
        return legal;
    }

    private void optIn(String suffix) {
        String organizationId = prefix + suffix;
        Api.as(client, "anna-" + organizationId, organizationId, Api.LEGAL)
                .put("/partners/me/tender-opt-in", Map.of("optedIn", true)).expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> subscribers(String uri, Object... variables) {
        return (List<Map<String, Object>>) okJson(tenders.get(uri, variables)).get("subscribers");
    }
}
