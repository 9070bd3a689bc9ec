package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.testing.PublishedEvents.metadata;
import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

@PartnershipServiceIT
class InvitationWorkflowIT {

    @Autowired
    RestTestClient client;
    @Autowired
    InvitationStore invitations;
    @Autowired
    PartnershipStore partnerships;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS, Topic.PARTNERSHIPS);
    }

    @Test
    void partnerAddsCustomerWhoGrantsMoreThroughTheEmailedLink() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(limited(List.of("web-1"), List.of()));

        InvitationCreated created = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class);
        assertThat(created.getInvitee().getEmail()).isEqualTo("jean@dupont.example");
        assertThat(metadata(created).getActorUserId()).isEqualTo("anna-" + s.partnerOrg);
        String token = created.getResponseToken();
        assertThat(invitations.find(invitationId).orElseThrow().aggregate().tokenHash()).isNotEqualTo(token);

        client.get().uri("/public/invitation-links/{token}", token).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.invitationId").isEqualTo(invitationId)
                .jsonPath("$.acceptWith").isEqualTo("POST /public/invitation-links/{token}/accept");
        assertThat(invitations.find(invitationId).orElseThrow().aggregate().state()).isEqualTo(InvitationState.PENDING);

        client.post().uri("/public/invitation-links/{token}/accept", token)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("grantedAccess", limited(List.of("web-1"), List.of("mail")))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ACCEPTED");

        InvitationAccepted accepted = awaitEvent(Topic.INVITATIONS, invitationId, InvitationAccepted.class);
        assertThat(accepted.getRequestedAccess().getProductCategories()).isEmpty();
        assertThat(accepted.getGrantedAccess().getProductCategories()).containsExactly("mail");
        assertThat(metadata(accepted).getActorUserId()).isNull();
        assertThat(accepted.getDirection()).isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
        PartnershipStarted started = awaitEvent(Topic.PARTNERSHIPS, accepted.getPartnershipId(), PartnershipStarted.class);
        assertThat(started.getGrantedAccess().getProductCategories()).containsExactly("mail");
        assertThat(started.getUpgradedExistingAttachment()).isFalse();
        assertThat(partnerships.find(accepted.getPartnershipId())).isPresent();
        s.partnerLegal.get("/partnerships/{id}", accepted.getPartnershipId()).expectStatus().isOk()
                .expectBody().jsonPath("$.access.productCategories[0]").isEqualTo("mail")
                .jsonPath("$.requestedAccess.productIds[0]").isEqualTo("web-1");

        client.post().uri("/public/invitation-links/{token}/accept", token).exchange().expectStatus().isEqualTo(410);
        client.get().uri("/public/invitation-links/{token}", token).exchange().expectStatus().isEqualTo(410);
        client.get().uri("/public/invitation-links/{token}", "not-a-token").exchange().expectStatus().isNotFound();
    }

    @Test
    void customerAsksAListedPartnerWhoAcceptsInTheConsole() {
        Scenario s = new Scenario(client).partnerAdmitted(true);
        s.customerLegal.get("/directory/partners?q={q}", s.partnerOrg.substring(0, 20)).expectStatus().isOk()
                .expectBody().jsonPath("$[0].partnerId").isEqualTo(s.partnerOrg);

        String invitationId = s.customerInvitesPartner(full("PARTNER"));
        InvitationCreated created = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class);
        assertThat(created.getInvitee().getEmail()).isEqualTo("legal@helvetic.example");

        // the customer chose the access (R10): a partner granting itself another one breaks the rule, 409
        s.partnerLegal.post("/invitations/{id}/accept", Map.of("grantedAccess", full("CUSTOMER")), invitationId)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        s.partnerLegal.post("/invitations/{id}/accept", null, invitationId).expectStatus().isOk();

        InvitationAccepted accepted = awaitEvent(Topic.INVITATIONS, invitationId, InvitationAccepted.class);
        assertThat(accepted.getGrantedAccess().getLevel()).isEqualTo(AccessLevel.FULL);
        assertThat(accepted.getGrantedAccess().getPaymentMode().name()).isEqualTo("PARTNER");
        assertThat(accepted.getDirection()).isEqualTo(InvitationDirection.CUSTOMER_TO_PARTNER);
    }

    @Test
    void answersToACustomersInvitationSayTheCustomerAsked() {
        Scenario s = new Scenario(client).partnerAdmitted(true);
        String declinedId = s.customerInvitesPartner(full("CUSTOMER"));
        s.partnerLegal.post("/invitations/{id}/decline", null, declinedId).expectStatus().isOk();
        String cancelledId = s.customerInvitesPartner(full("CUSTOMER"));
        s.customerLegal.post("/invitations/{id}/cancel", null, cancelledId).expectStatus().isOk();

        assertThat(awaitEvent(Topic.INVITATIONS, declinedId, InvitationDeclined.class).getDirection())
                .isEqualTo(InvitationDirection.CUSTOMER_TO_PARTNER);
        assertThat(awaitEvent(Topic.INVITATIONS, cancelledId, InvitationCancelled.class).getDirection())
                .isEqualTo(InvitationDirection.CUSTOMER_TO_PARTNER);
    }

    @Test
    void onlyListedPartnersCanBeAskedAndOnlyLegalRepresentativesInvite() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        s.customerLegal.post("/invitations/partners", s.partnerInvitation(full("CUSTOMER"))).expectStatus().isNotFound();
        s.user("collab", s.partnerOrg, Api.COLLABORATOR)
                .post("/invitations/customers", s.customerInvitation(full("CUSTOMER"))).expectStatus().isForbidden();
        s.customerLegal.post("/invitations/customers", s.customerInvitation(full("CUSTOMER")))
                .expectStatus().isForbidden();
    }

    @Test
    void refusesBadInputWithAProblemAndStoresNothing() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        s.partnerLegal.post("/invitations/customers", s.customerInvitation(Map.of("level", "LIMITED")))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        s.partnerLegal.post("/invitations/customers", s.customerInvitation(Map.of("level", "FULL")))
                .expectStatus().isBadRequest();
        assertThat(invitations.ofOrganization(s.partnerOrg)).isEmpty();
    }

    @Test
    void onePendingInvitationAndOneLivePartnershipPerPair() {
        Scenario s = new Scenario(client).partnerAdmitted(true);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        s.partnerLegal.post("/invitations/customers", s.customerInvitation(full("CUSTOMER"))).expectStatus().isEqualTo(409);
        s.customerLegal.post("/invitations/partners", s.partnerInvitation(full("CUSTOMER"))).expectStatus().isEqualTo(409);

        s.customerLegal.post("/invitations/{id}/accept", null, invitationId).expectStatus().isOk();

        s.partnerLegal.post("/invitations/customers", s.customerInvitation(full("CUSTOMER"))).expectStatus().isEqualTo(409);
    }

    @Test
    void foreignOrganizationsSeeNothingAndTheWrongSideCannotAnswer() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        Api stranger = s.user("mallory", "stranger-org", Api.LEGAL);

        stranger.get("/invitations/{id}", invitationId).expectStatus().isNotFound();
        stranger.post("/invitations/{id}/accept", null, invitationId).expectStatus().isNotFound();
        stranger.post("/invitations/{id}/cancel", null, invitationId).expectStatus().isNotFound();
        s.partnerLegal.post("/invitations/{id}/accept", null, invitationId).expectStatus().isForbidden();
        s.customerLegal.post("/invitations/{id}/cancel", null, invitationId).expectStatus().isForbidden();
        s.user("clerk", s.customerOrg, Api.COLLABORATOR).post("/invitations/{id}/accept", null, invitationId)
                .expectStatus().isForbidden();
        s.customerLegal.get("/invitations/{id}", invitationId).expectStatus().isOk();
    }

    @Test
    void resendKillsTheOldLinkAndCancelEndsIt() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        String oldToken = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();

        s.partnerLegal.post("/invitations/{id}/resend", null, invitationId).expectStatus().isOk();
        String newToken = awaitEvent(Topic.INVITATIONS, invitationId, InvitationResent.class).getResponseToken();

        client.get().uri("/public/invitation-links/{token}", oldToken).exchange().expectStatus().isNotFound();
        client.get().uri("/public/invitation-links/{token}", newToken).exchange().expectStatus().isOk();

        s.partnerLegal.post("/invitations/{id}/cancel", null, invitationId).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CANCELLED");
        assertThat(awaitEvent(Topic.INVITATIONS, invitationId, InvitationCancelled.class).getDirection())
                .isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
        client.post().uri("/public/invitation-links/{token}/decline", newToken).exchange().expectStatus().isEqualTo(410);
        s.partnerLegal.post("/invitations/{id}/resend", null, invitationId).expectStatus().isEqualTo(410);
    }

    @Test
    void declineThroughTheLinkTellsTheSender() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();

        client.post().uri("/public/invitation-links/{token}/decline", token).exchange().expectStatus().isOk();

        InvitationDeclined declined = awaitEvent(Topic.INVITATIONS, invitationId, InvitationDeclined.class);
        assertThat(declined.getSender().getEmail()).isEqualTo("legal@helvetic.example");
        assertThat(declined.getDirection()).isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
    }

    @Test
    void anExternalUserAttachmentIsUpgradedNotDuplicated() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        s.customerLegal.put("/customers/me/attachments/{org}/external-user", Map.of(), s.partnerOrg)
                .expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("EXTERNAL_USER");
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));

        s.customerLegal.post("/invitations/{id}/accept", null, invitationId).expectStatus().isOk();

        String partnershipId = awaitEvent(Topic.INVITATIONS, invitationId, InvitationAccepted.class).getPartnershipId();
        assertThat(awaitEvent(Topic.PARTNERSHIPS, partnershipId, PartnershipStarted.class)
                .getUpgradedExistingAttachment()).isTrue();
        s.customerLegal.get("/customers/me/attachments/{org}", s.partnerOrg).expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("PARTNER").jsonPath("$.partnershipId").isEqualTo(partnershipId);
    }

    @Test
    void concurrentAcceptAndCancelEndInExactlyOneOutcome() {
        for (int round = 0; round < 5; round++) {
            Scenario s = new Scenario(client).partnerAdmitted(false);
            String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));

            CompletableFuture<Integer> accept = CompletableFuture.supplyAsync(() -> s.customerLegal
                    .post("/invitations/{id}/accept", null, invitationId).returnResult().getStatus().value());
            CompletableFuture<Integer> cancel = CompletableFuture.supplyAsync(() -> s.partnerLegal
                    .post("/invitations/{id}/cancel", null, invitationId).returnResult().getStatus().value());

            List<Integer> statuses = List.of(accept.join(), cancel.join());
            assertThat(statuses).containsOnlyOnce(200);
            InvitationState state = invitations.find(invitationId).orElseThrow().aggregate().state();
            assertThat(state).isIn(InvitationState.ACCEPTED, InvitationState.CANCELLED);
            assertThat(partnerships.liveBetween(s.customerOrg, s.partnerOrg).isPresent())
                    .isEqualTo(state == InvitationState.ACCEPTED);
        }
    }
}
