package io.partnerhub.partnership.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;

import static io.partnerhub.partnership.it.Scenario.full;
import static org.assertj.core.api.Assertions.assertThat;

/** R5, least privilege: a collaborator of the partner reads a customer's partnership only through a right naming it. */
@PartnershipServiceIT
class CollaboratorReachIT {

    private static final String BOB = "bob";

    @Autowired
    RestTestClient client;

    @Test
    void collaboratorWithARightNamingTheCustomerReadsThePartnership() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));
        grant(s, Map.of("allCustomers", false, "customerIds", List.of(s.customerOrg)));

        assertReads(bob(s), s, id);
    }

    @Test
    void collaboratorWithARightForAllCustomersReadsThePartnership() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));
        grant(s, Map.of("allCustomers", true));

        assertReads(bob(s), s, id);
    }

    @Test
    void collaboratorWithARightNamingAnotherCustomerGets404() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));
        grant(s, Map.of("allCustomers", false, "customerIds", List.of("another-customer")));

        assertOutOfReach(bob(s), s, id);
    }

    @Test
    void collaboratorWithoutAnyRightGets404() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));

        assertOutOfReach(bob(s), s, id);
        assertOutOfReach(s.user("eve", s.partnerOrg, java.util.Set.of()), s, id);
    }

    @Test
    void aWithdrawnRightNoLongerReaches() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));
        grant(s, Map.of("allCustomers", true));
        s.partnerLegal.delete("/partners/me/collaborators/{u}", BOB).expectStatus().isOk();

        assertOutOfReach(bob(s), s, id);
    }

    @Test
    void legalRepresentativeOfThePartnerAndTheCustomerReadThePartnership() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));

        assertReads(s.partnerLegal, s, id);
        s.customerLegal.get("/partnerships/{id}", id).expectStatus().isOk();
    }

    @Test
    void collaboratorSeesThePendingInvitationOfANamedCustomerOnly() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));

        bob(s).get("/invitations/{id}", invitationId).expectStatus().isNotFound();
        bob(s).get("/invitations/{id}/history", invitationId).expectStatus().isNotFound();
        assertThat(ids(bob(s).get("/invitations"), "invitationId")).doesNotContain(invitationId);

        grant(s, Map.of("allCustomers", false, "customerIds", List.of(s.customerOrg)));
        bob(s).get("/invitations/{id}", invitationId).expectStatus().isOk();
        assertThat(ids(bob(s).get("/invitations"), "invitationId")).contains(invitationId);
    }

    private static Api bob(Scenario s) {
        return s.user(BOB, s.partnerOrg, Api.COLLABORATOR);
    }

    private static void grant(Scenario s, Map<String, Object> right) {
        s.partnerLegal.put("/partners/me/collaborators/{u}", right, BOB).expectStatus().isOk();
    }

    private static void assertReads(Api caller, Scenario s, String id) {
        caller.get("/partnerships/{id}", id).expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(s.customerOrg);
        caller.get("/partnerships/{id}/history", id).expectStatus().isOk();
        assertThat(ids(caller.get("/partnerships"), "partnershipId")).contains(id);
    }

    private static void assertOutOfReach(Api caller, Scenario s, String id) {
        caller.get("/partnerships/{id}", id).expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        caller.get("/partnerships/{id}/history", id).expectStatus().isNotFound();
        assertThat(ids(caller.get("/partnerships"), "partnershipId")).doesNotContain(id);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(RestTestClient.ResponseSpec list, String field) {
        List<Map<String, Object>> items = list.expectStatus().isOk().expectBody(List.class).returnResult()
                .getResponseBody();
        return items.stream().map(item -> item.get(field)).toList();
    }
}
