package io.partnerhub.partnership.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import io.partnerhub.partnership.web.IdFormats;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.partnership.it.Scenario.full;

/** One format per kind of id, checked at the edge: a malformed id is a 400 problem naming it, before any lookup. */
@PartnershipServiceIT
class IdFormatsIT {

    @Autowired
    RestTestClient client;

    static List<String> malformedIds() {
        return List.of("{\"$gt\":\"\"}", "a\r\nb", "a".repeat(300));
    }

    /** Control characters in a path never reach a controller (the kit's firewall refuses the path); bodies cover them. */
    static List<String> malformedPathIds() {
        return List.of("{\"$gt\":\"\"}", "a".repeat(300));
    }

    @org.junit.jupiter.api.Test
    void theOpenApiDocumentShowsTheFormats() {
        String document = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        org.assertj.core.api.Assertions.assertThat(document)
                .contains(IdFormats.GENERATED, IdFormats.ORGANIZATION, IdFormats.USER);
    }

    @ParameterizedTest
    @MethodSource("malformedPathIds")
    void malformedPathIdsAre400ProblemsNamingTheParameter(String malformed) {
        Scenario s = new Scenario(client);
        Api ops = s.user("ops", "platform", Api.OPS);
        Api tenders = Api.asService(client, "tender-service");

        assertNamed(s.partnerLegal.get("/partnerships/{id}", malformed), "id");
        assertNamed(s.partnerLegal.get("/partnerships/{id}/history", malformed), "id");
        assertNamed(s.customerLegal.put("/partnerships/{id}/access", Map.of("access", full("CUSTOMER")), malformed), "id");
        assertNamed(s.partnerLegal.post("/partnerships/{id}/termination-requests/{c}/confirm", null,
                UUID.randomUUID().toString(), malformed), "confirmationId");
        assertNamed(s.partnerLegal.get("/invitations/{id}", malformed), "id");
        assertNamed(s.customerLegal.post("/invitations/{id}/accept", null, malformed), "id");
        assertNamed(s.partnerLegal.put("/partners/me/collaborators/{u}", Map.of("allCustomers", true), malformed),
                "userId");
        assertNamed(s.customerLegal.get("/customers/me/attachments/{org}", malformed), "organizationId");
        assertNamed(ops.post("/affiliates/{org}/enrolment", null, malformed), "organizationId");
        assertNamed(tenders.get("/tender-subscribers/{id}", malformed), "partnerId");
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void theAnswersForOtherServicesCheckTheirIdsToo(String malformed) {
        Api billing = Api.asService(client, "billing-service");
        Api notification = Api.asService(client, "notification-service");

        assertNamed(billing.get("/partnership-terms?customerId={c}", malformed), "customerId");
        assertNamed(billing.get("/partnership-terms?partnerId={p}", malformed), "partnerId");
        assertNamed(billing.get("/partnership-terms?customerId=c-1&partnerId=p-1&userId={u}", malformed), "userId");
        assertNamed(notification.post("/invitation-link-checks", Map.of("links", List.of(Map.of(
                "invitationId", malformed, "tokenHash", "a".repeat(64))))), "links[0].invitationId");
        if (!malformed.contains("\r")) { // a path with control characters never reaches a controller
            assertNamed(notification.delete("/invitation-link-checks/holds/{h}", malformed), "holder");
        }
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void malformedIdsInBodiesAre400ProblemsNamingTheField(String malformed) {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        Map<String, Object> invitation = new java.util.HashMap<>(s.customerInvitation(full("CUSTOMER")));
        invitation.put("customerOrganizationId", malformed);

        assertNamed(s.partnerLegal.post("/invitations/customers", invitation), "customerOrganizationId");
        assertNamed(s.partnerLegal.put("/partners/me/collaborators/{u}",
                Map.of("allCustomers", false, "customerIds", List.of(malformed)), "bob"), "customerIds");
        s.partnerLegal.get("/invitations").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    private static void assertNamed(RestTestClient.ResponseSpec response, String parameter) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").value(field ->
                        org.assertj.core.api.Assertions.assertThat((String) field).startsWith(parameter));
    }
}
