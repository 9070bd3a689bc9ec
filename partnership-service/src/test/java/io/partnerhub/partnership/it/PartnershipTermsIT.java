package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.partnerhub.partnership.it.Api.okJson;
import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.testing.PublishedEvents.metadata;
import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /partnership-terms}: what other services ask before acting on a partnership. */
@PartnershipServiceIT
class PartnershipTermsIT {

    private static final String PAIR = "/partnership-terms?customerId={c}&partnerId={p}";
    private static final String PAIR_AND_USER = "/partnership-terms?customerId={c}&partnerId={p}&userId={u}";

    @Autowired
    RestTestClient client;
    @Autowired
    PartnershipStore partnerships;
    @Autowired
    MovableClock clock;

    private Api billing;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.PARTNERSHIPS);
    }

    @BeforeEach
    void signInAsAService() {
        billing = Api.asService(client, "billing-service");
    }

    @Test
    void listsTheLivePartnershipsOfAPairACustomerOrAPartner() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));

        Map<String, Object> answer = okJson(billing.get(PAIR, s.customerOrg, s.partnerOrg));

        assertThat(answer).doesNotContainKey("collaborator");
        Map<String, Object> terms = only(answer);
        assertThat(terms).containsEntry("partnershipId", id).containsEntry("partnerId", s.partnerOrg)
                .containsEntry("customerId", s.customerOrg).containsEntry("accessLevel", "FULL")
                .containsEntry("productIds", List.of()).containsEntry("productCategories", List.of())
                .containsEntry("paymentMode", "CUSTOMER").containsEntry("version", 1);
        Instant startedAt = partnerships.find(id).orElseThrow().aggregate().startedAt();
        assertThat(Instant.parse((String) terms.get("startedAt"))).isEqualTo(startedAt);

        assertThat(partnershipIds(billing.get("/partnership-terms?customerId={c}", s.customerOrg))).containsExactly(id);
        assertThat(partnershipIds(billing.get("/partnership-terms?partnerId={p}", s.partnerOrg))).containsExactly(id);
        assertThat(partnershipIds(billing.get(PAIR, s.customerOrg, "partner-nobody"))).isEmpty();
    }

    @Test
    void aNarrowedAccessIsInForceInTheVeryNextAnswer() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("PARTNER"));
        long before = version(only(okJson(billing.get(PAIR, s.customerOrg, s.partnerOrg))));

        s.customerLegal.put("/partnerships/{id}/access", Map.of("access", limited(List.of("web-2"), List.of("mail"))), id)
                .expectStatus().isOk();

        Map<String, Object> terms = only(okJson(billing.get(PAIR, s.customerOrg, s.partnerOrg)));
        assertThat(terms).containsEntry("accessLevel", "LIMITED").containsEntry("productIds", List.of("web-2"))
                .containsEntry("productCategories", List.of("mail")).containsEntry("paymentMode", null);
        assertThat(version(terms)).isGreaterThan(before);
        // the version is the one the change's event carries
        PartnershipAccessChanged changed = awaitEvent(Topic.PARTNERSHIPS, id, PartnershipAccessChanged.class);
        assertThat(metadata(changed).getAggregateVersion()).isEqualTo(version(terms));
    }

    @Test
    void aChangedPaymentModeIsInForceInTheVeryNextAnswer() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));

        s.customerLegal.put("/partnerships/{id}/payment-mode", Map.of("paymentMode", "PARTNER"), id).expectStatus().isOk();

        Map<String, Object> terms = only(okJson(billing.get(PAIR, s.customerOrg, s.partnerOrg)));
        assertThat(terms).containsEntry("paymentMode", "PARTNER").containsEntry("version", 2);
    }

    @Test
    void anEndedPartnershipIsNoLongerListed() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of()));
        Api customer = Api.as(client, "jean-" + s.customerOrg, s.customerOrg, Api.LEGAL, clock.instant());
        Map<?, ?> pending = customer.post("/partnerships/{id}/termination-requests", Map.of(), id)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        customer.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, pending.get("confirmationId"))
                .expectStatus().isOk();

        assertThat(partnershipIds(billing.get(PAIR, s.customerOrg, s.partnerOrg))).isEmpty();
        assertThat(partnershipIds(billing.get("/partnership-terms?customerId={c}", s.customerOrg))).doesNotContain(id);
        assertThat(partnershipIds(billing.get("/partnership-terms?partnerId={p}", s.partnerOrg))).doesNotContain(id);
    }

    @Test
    void saysWhetherACollaboratorMayManageTheCustomerUnderItsCurrentRights() {
        Scenario s = new Scenario(client);
        s.livePartnership(limited(List.of("web-1"), List.of()));
        assertThat(collaborator(s, "bob")).containsEntry("userId", "bob").containsEntry("mayManage", false);

        s.partnerLegal.put("/partners/me/collaborators/{u}", Map.of("allCustomers", false,
                "customerIds", List.of(s.customerOrg)), "bob").expectStatus().isOk();
        assertThat(collaborator(s, "bob")).containsEntry("mayManage", true);

        s.partnerLegal.delete("/partners/me/collaborators/{u}", "bob").expectStatus().isOk();
        assertThat(collaborator(s, "bob")).containsEntry("mayManage", false);

        Map<String, Object> noPartner = okJson(billing.get(PAIR_AND_USER, s.customerOrg, "partner-nobody", "bob"));
        assertThat(noPartner.get("collaborator")).isEqualTo(Map.of("userId", "bob", "mayManage", false));
        assertThat(okJson(billing.get("/partnership-terms?customerId={c}&userId={u}", s.customerOrg, "bob")))
                .doesNotContainKey("collaborator");
    }

    @Test
    void onlyServicesAndOperationsMayAsk() {
        Scenario s = new Scenario(client);
        s.livePartnership(full("CUSTOMER"));

        s.partnerLegal.get(PAIR, s.customerOrg, s.partnerOrg).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        s.user("clerk", s.customerOrg, Api.COLLABORATOR).get(PAIR, s.customerOrg, s.partnerOrg)
                .expectStatus().isForbidden();
        assertThat(partnershipIds(s.user("support", "provider", Api.OPS).get(PAIR, s.customerOrg, s.partnerOrg)))
                .hasSize(1);
        client.get().uri(PAIR, s.customerOrg, s.partnerOrg).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aQuestionWithoutCustomerOrPartnerIsBadInput() {
        billing.get("/partnership-terms").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        billing.get("/partnership-terms?userId=bob").expectStatus().isBadRequest();
        billing.get("/partnership-terms?customerId=&partnerId=").expectStatus().isBadRequest();
    }

    private Map<String, Object> collaborator(Scenario s, String userId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> collaborator = (Map<String, Object>) okJson(
                billing.get(PAIR_AND_USER, s.customerOrg, s.partnerOrg, userId)).get("collaborator");
        return collaborator;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> partnerships(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("partnerships");
    }

    private static Map<String, Object> only(Map<String, Object> answer) {
        assertThat(partnerships(answer)).hasSize(1);
        return partnerships(answer).get(0);
    }

    private static List<Object> partnershipIds(RestTestClient.ResponseSpec response) {
        return partnerships(okJson(response)).stream().map(terms -> terms.get("partnershipId")).toList();
    }

    private static long version(Map<String, Object> terms) {
        return ((Number) terms.get("version")).longValue();
    }
}
