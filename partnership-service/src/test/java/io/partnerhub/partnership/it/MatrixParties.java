package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.authorization.Caller;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static io.partnerhub.testing.PublishedEvents.awaitEvent;

/**
 * The organizations of one authorization-matrix cell, all fresh: the customer C (the owner), its
 * partner P (admitted, no partnership yet), P's collaborator "granted" (a right naming C) and
 * "ungranted" (none), another customer, an unlinked partner and a partner whose partnership with C
 * has ended. Every caller signs in now, so a step-up endpoint judges who asks, not when they signed in.
 */
final class MatrixParties {

    private final RestTestClient client;
    private final MovableClock clock;
    final Scenario scenario;
    final String granted;
    final String ungranted;
    final String otherCustomer;
    final String unlinkedPartner;
    final String endedPartner;

    MatrixParties(RestTestClient client, MovableClock clock) {
        this.client = client;
        this.clock = clock;
        this.scenario = new Scenario(client).partnerAdmitted(false);
        String suffix = UUID.randomUUID().toString();
        granted = "granted-" + suffix;
        ungranted = "ungranted-" + suffix;
        otherCustomer = "customer-other-" + suffix;
        unlinkedPartner = "partner-unlinked-" + suffix;
        endedPartner = "partner-ended-" + suffix;
        scenario.partnerLegal.put("/partners/me/collaborators/{u}",
                Map.of("allCustomers", false, "customerIds", List.of(scenario.customerOrg)), granted)
                .expectStatus().isOk();
        admit(unlinkedPartner);
        endPartnershipOf(endedPartner);
    }

    String customer() {
        return scenario.customerOrg;
    }

    String partner() {
        return scenario.partnerOrg;
    }

    /** The caller's token, signed in just now. */
    String token(Caller caller) {
        return switch (caller) {
            case OWNER -> legal(customer());
            case OTHER_CUSTOMER -> legal(otherCustomer);
            case PARTNER -> legal(partner());
            case COLLABORATOR_GRANTED -> collaborator(granted);
            case COLLABORATOR_UNGRANTED -> collaborator(ungranted);
            case UNLINKED_PARTNER -> legal(unlinkedPartner);
            case ENDED_PARTNER -> legal(endedPartner);
            case OPS -> EmbeddedPlatform.shared().tokens().issue("ops-" + customer(), "provider", Api.OPS,
                    clock.instant());
            case ANONYMOUS, EXPIRED -> throw new IllegalArgumentException(caller + " reuses the owner's request");
        };
    }

    /** The token of the legal representative of {@code organizationId}, the user its Api calls as. */
    String legal(String organizationId) {
        String user = organizationId.equals(customer()) ? "jean-" + organizationId : "anna-" + organizationId;
        return EmbeddedPlatform.shared().tokens().issue(user, organizationId, Api.LEGAL, clock.instant());
    }

    private String collaborator(String userId) {
        return EmbeddedPlatform.shared().tokens().issue(userId, partner(), Api.COLLABORATOR, clock.instant());
    }

    /** P invites C: a pending invitation, answering its id and the link token emailed to C. */
    PendingInvitation pendingInvitation() {
        String id = scenario.partnerInvitesCustomer(limited(List.of("web-1"), List.of()));
        return new PendingInvitation(id, awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());
    }

    record PendingInvitation(String id, String linkToken) {
    }

    /** A live partnership between C and P with this access, through P's invitation that C accepts. */
    @SuppressWarnings("unchecked")
    String livePartnership(Map<String, Object> access) {
        String invitationId = scenario.partnerInvitesCustomer(access);
        Map<String, Object> accepted = scenario.customerLegal.post("/invitations/{id}/accept", null, invitationId)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) accepted.get("partnershipId");
    }

    /** A live limited partnership in which P asked for more access, awaiting C's answer. */
    String partnershipAwaitingMoreAccess() {
        String id = livePartnership(limited(List.of("web-1"), List.of()));
        scenario.partnerLegal.post("/partnerships/{id}/access-increase-request",
                Map.of("access", limited(List.of("mail-1"), List.of())), id).expectStatus().isOk();
        return id;
    }

    /** A live partnership whose ending C's legal representative asked for; answers its id and the confirmation. */
    String[] partnershipAwaitingConfirmation() {
        String id = livePartnership(full("CUSTOMER"));
        Map<?, ?> pending = scenario.customerLegal.post("/partnerships/{id}/termination-requests",
                Map.of("reason", "moving on"), id).expectStatus().isAccepted().expectBody(Map.class)
                .returnResult().getResponseBody();
        return new String[] {id, (String) pending.get("confirmationId")};
    }

    void optInToTenders() {
        scenario.partnerLegal.put("/partners/me/tender-opt-in", Map.of("optedIn", true)).expectStatus().isOk();
    }

    private Api admit(String partnerOrg) {
        Api legal = Api.as(client, "anna-" + partnerOrg, partnerOrg, Api.LEGAL, clock.instant());
        legal.post("/partners", Scenario.application("Ended Hosting " + partnerOrg)).expectStatus().isCreated();
        return legal;
    }

    /** {@code partnerOrg} becomes C's partner and C ends it, in two steps, signed in just now. */
    @SuppressWarnings("unchecked")
    private void endPartnershipOf(String partnerOrg) {
        Api partnerLegal = admit(partnerOrg);
        Map<String, Object> invitation = partnerLegal.post("/invitations/customers",
                scenario.customerInvitation(full("CUSTOMER"))).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        Api customer = Api.as(client, "jean-" + customer(), customer(), Api.LEGAL, clock.instant());
        Map<String, Object> accepted = customer.post("/invitations/{id}/accept", null, invitation.get("invitationId"))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) accepted.get("partnershipId");
        Map<?, ?> pending = customer.post("/partnerships/{id}/termination-requests", Map.of("reason", "done"), id)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        customer.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, pending.get("confirmationId"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ENDED");
    }
}
