package io.partnerhub.partnership.it;

import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the organizations and requests a workflow test needs, each test with fresh ids. */
public final class Scenario {

    private final RestTestClient client;
    public final String partnerOrg = "partner-" + UUID.randomUUID();
    public final String customerOrg = "customer-" + UUID.randomUUID();
    public final Api partnerLegal;
    public final Api customerLegal;

    public Scenario(RestTestClient client) {
        this.client = client;
        partnerLegal = Api.as(client, "anna-" + partnerOrg, partnerOrg, Api.LEGAL);
        customerLegal = Api.as(client, "jean-" + customerOrg, customerOrg, Api.LEGAL);
    }

    public Api user(String userId, String organizationId, java.util.Set<String> roles) {
        return Api.as(client, userId, organizationId, roles);
    }

    public static Map<String, Object> application(String legalName) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", legalName);
        body.put("commercialRegisterId", "CHE-123.456.789");
        body.put("country", "CH");
        body.put("websiteUrl", "https://helvetic.example");
        body.put("contactEmail", "legal@helvetic.example");
        body.put("contactName", "Anna Muster");
        body.put("language", "DE");
        body.put("resellerTermsVersion", "2026-01");
        body.put("acceptResellerTerms", true);
        return body;
    }

    /** The partner organization applies (and, when asked, lists itself in the directory). */
    public Scenario partnerAdmitted(boolean listed) {
        partnerLegal.post("/partners", application("Helvetic Hosting " + partnerOrg)).expectStatus().isCreated();
        if (listed) {
            partnerLegal.put("/partners/me/directory-listing", Map.of("listed", true)).expectStatus().isOk();
        }
        return this;
    }

    public static Map<String, Object> limited(List<String> productIds, List<String> categories) {
        return Map.of("level", "LIMITED", "productIds", productIds, "productCategories", categories);
    }

    public static Map<String, Object> full(String paymentMode) {
        return Map.of("level", "FULL", "paymentMode", paymentMode);
    }

    public Map<String, Object> customerInvitation(Map<String, Object> access) {
        return Map.of("customerOrganizationId", customerOrg, "customerName", "Boulangerie " + customerOrg,
                "contactEmail", "jean@dupont.example", "contactName", "Jean", "language", "FR",
                "requestedAccess", access);
    }

    public Map<String, Object> partnerInvitation(Map<String, Object> access) {
        return Map.of("partnerId", partnerOrg, "customerName", "Boulangerie " + customerOrg,
                "contactEmail", "jean@dupont.example", "language", "FR", "requestedAccess", access);
    }

    /** The partner invites the customer; answers the invitation id. */
    @SuppressWarnings("unchecked")
    public String partnerInvitesCustomer(Map<String, Object> access) {
        Map<String, Object> invitation = partnerLegal.post("/invitations/customers", customerInvitation(access))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) invitation.get("invitationId");
    }

    /** The customer asks the (listed) partner; answers the invitation id. */
    @SuppressWarnings("unchecked")
    public String customerInvitesPartner(Map<String, Object> access) {
        Map<String, Object> invitation = customerLegal.post("/invitations/partners", partnerInvitation(access))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) invitation.get("invitationId");
    }

    /** A live partnership with the given access, through invitation and acceptance; answers its id. */
    @SuppressWarnings("unchecked")
    public String livePartnership(Map<String, Object> access) {
        partnerAdmitted(false);
        String invitationId = partnerInvitesCustomer(access);
        Map<String, Object> accepted = customerLegal.post("/invitations/{id}/accept", null, invitationId)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) accepted.get("partnershipId");
    }
}
