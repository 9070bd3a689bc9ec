package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipAccessIncreaseDeclined;
import io.partnerhub.events.partnership.PartnershipAccessIncreaseRequested;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipSide;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.events.partnership.PartnershipTerminationRequested;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.partnership.partnership.AccessLevel;
import io.partnerhub.partnership.partnership.PartnershipState;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.testing.PublishedEvents.metadata;
import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

@PartnershipServiceIT
class PartnershipWorkflowIT {

    @Autowired
    RestTestClient client;
    @Autowired
    PartnershipStore partnerships;
    @Autowired
    MovableClock clock;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.PARTNERSHIPS);
    }

    @Test
    void customerChangesAccessAndPaymentModeWithImmediateEffect() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of()));

        s.customerLegal.put("/partnerships/{id}/access", Map.of("access", full("CUSTOMER")), id).expectStatus().isOk()
                .expectBody().jsonPath("$.access.level").isEqualTo("FULL");
        PartnershipAccessChanged changed = awaitEvent(Topic.PARTNERSHIPS, id, PartnershipAccessChanged.class);
        assertThat(changed.getPreviousAccess().getProductIds()).containsExactly("web-1");
        assertThat(changed.getPartnerContact().getEmail()).isEqualTo("legal@helvetic.example");
        assertThat(partnerships.find(id).orElseThrow().aggregate().access().level()).isEqualTo(AccessLevel.FULL);

        s.customerLegal.put("/partnerships/{id}/payment-mode", Map.of("paymentMode", "PARTNER"), id)
                .expectStatus().isOk();
        PartnershipPaymentModeChanged mode = awaitEvent(Topic.PARTNERSHIPS, id, PartnershipPaymentModeChanged.class);
        assertThat(mode.getPreviousMode().name()).isEqualTo("CUSTOMER");
        assertThat(mode.getPaymentMode().name()).isEqualTo("PARTNER");
        assertThat(metadata(mode).getActorOrganizationId()).isEqualTo(s.customerOrg);

        s.customerLegal.put("/partnerships/{id}/access", Map.of("access", limited(List.of(), List.of("mail"))), id)
                .expectStatus().isOk().expectBody().jsonPath("$.access.paymentMode").doesNotExist();
    }

    @Test
    void onlyTheCustomerChangesAccessAndStrangersSeeNothing() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));

        s.partnerLegal.put("/partnerships/{id}/access", Map.of("access", full("PARTNER")), id).expectStatus().isForbidden();
        s.user("clerk", s.customerOrg, Api.COLLABORATOR)
                .put("/partnerships/{id}/payment-mode", Map.of("paymentMode", "PARTNER"), id).expectStatus().isForbidden();
        Api stranger = s.user("mallory", "stranger-org", Api.LEGAL);
        stranger.get("/partnerships/{id}", id).expectStatus().isNotFound();
        stranger.put("/partnerships/{id}/access", Map.of("access", full("PARTNER")), id).expectStatus().isNotFound();
        stranger.post("/partnerships/{id}/termination-requests", Map.of(), id).expectStatus().isNotFound();
        s.customerLegal.put("/partnerships/{id}/access", Map.of("access", Map.of("level", "FULL")), id)
                .expectStatus().isBadRequest();
    }

    @Test
    void bothSidesReadWhoChangedWhatAndWhen() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of()));
        s.customerLegal.put("/partnerships/{id}/access", Map.of("access", full("CUSTOMER")), id).expectStatus().isOk();

        s.partnerLegal.get("/partnerships/{id}/history", id).expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].change").isEqualTo("Started")
                .jsonPath("$[1].change").isEqualTo("AccessChanged")
                .jsonPath("$[1].actorUserId").isEqualTo("jean-" + s.customerOrg)
                .jsonPath("$[1].before").isEqualTo("LIMITED products=[web-1] categories=[]")
                .jsonPath("$[1].after").isEqualTo("FULL, paid by CUSTOMER");
        s.customerLegal.get("/partnerships/{id}/history", id).expectStatus().isOk();
        s.user("mallory", "stranger-org", Api.LEGAL).get("/partnerships/{id}/history", id).expectStatus().isNotFound();
        String invitationId = partnerships.find(id).orElseThrow().aggregate().invitationId();
        s.customerLegal.get("/invitations/{id}/history", invitationId).expectStatus().isOk().expectBody()
                .jsonPath("$[0].change").isEqualTo("Created").jsonPath("$[1].change").isEqualTo("Accepted");
    }

    @Test
    void otherServicesAskWhoMayActOnAProduct() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of()));
        Api ops = s.user("billing-service", "provider", Api.OPS);
        String question = "/access-decisions?userId={u}&organizationId={o}&roles={r}&customerId={c}&productId={p}";

        ops.get(question, "anna", s.partnerOrg, "LEGAL_REPRESENTATIVE", s.customerOrg, "web-1").expectStatus().isOk()
                .expectBody().jsonPath("$.allowed").isEqualTo(true).jsonPath("$.actingAs").isEqualTo("PARTNER")
                .jsonPath("$.partnershipId").isEqualTo(id);
        ops.get(question, "anna", s.partnerOrg, "LEGAL_REPRESENTATIVE", s.customerOrg, "mail-1").expectStatus().isOk()
                .expectBody().jsonPath("$.allowed").isEqualTo(false);
        ops.get(question, "bob", s.partnerOrg, "COLLABORATOR", s.customerOrg, "web-1").expectStatus().isOk()
                .expectBody().jsonPath("$.allowed").isEqualTo(false);
        s.partnerLegal.put("/partners/me/collaborators/{u}", Map.of("allCustomers", true), "bob").expectStatus().isOk();
        ops.get(question, "bob", s.partnerOrg, "COLLABORATOR", s.customerOrg, "web-1").expectStatus().isOk()
                .expectBody().jsonPath("$.actingAs").isEqualTo("PARTNER_COLLABORATOR");
        s.partnerLegal.get(question, "anna", s.partnerOrg, "LEGAL_REPRESENTATIVE", s.customerOrg, "web-1")
                .expectStatus().isForbidden();
    }

    @Test
    void partnerExportsItsManagedCustomersAsCsv() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1", "web-2"), List.of("mail")));

        String csv = s.partnerLegal.get("/partners/me/customers.csv").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("partnership_id,customer_id,customer_name,contact_email,access_level")
                .contains(id + "," + s.customerOrg + ",Boulangerie " + s.customerOrg + ",jean@dupont.example,LIMITED,web-1 web-2,mail,,");
        String collaboratorCsv = s.user("bob", s.partnerOrg, Api.COLLABORATOR).get("/partners/me/customers.csv")
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(collaboratorCsv.split("\r\n")).hasSize(1);
        s.customerLegal.get("/partners/me/customers.csv").expectStatus().isNotFound();
    }

    @Test
    void limitedAccessHasNoPaymentModeToChange() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of()));
        s.customerLegal.put("/partnerships/{id}/payment-mode", Map.of("paymentMode", "PARTNER"), id)
                .expectStatus().isEqualTo(409);
    }

    @Test
    void partnerAsksForMoreAccessAndTheCustomerDecidesEachTime() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of()));

        s.partnerLegal.post("/partnerships/{id}/access-increase-request",
                Map.of("access", limited(List.of("mail-1"), List.of())), id).expectStatus().isOk();
        PartnershipAccessIncreaseRequested requested =
                awaitEvent(Topic.PARTNERSHIPS, id, PartnershipAccessIncreaseRequested.class);
        assertThat(requested.getCustomerContact().getEmail()).isEqualTo("jean@dupont.example");
        s.customerLegal.post("/partnerships/{id}/access-increase-request/decline", null, id).expectStatus().isOk();
        assertThat(awaitEvent(Topic.PARTNERSHIPS, id, PartnershipAccessIncreaseDeclined.class)
                .getDeclinedAccess().getProductIds()).containsExactly("mail-1");

        s.partnerLegal.post("/partnerships/{id}/access-increase-request", Map.of("access", full("PARTNER")), id)
                .expectStatus().isOk();
        s.partnerLegal.post("/partnerships/{id}/access-increase-request/approve", Map.of(), id)
                .expectStatus().isForbidden();
        s.customerLegal.post("/partnerships/{id}/access-increase-request/approve", Map.of("paymentMode", "CUSTOMER"), id)
                .expectStatus().isOk().expectBody().jsonPath("$.access.level").isEqualTo("FULL")
                .jsonPath("$.access.paymentMode").isEqualTo("CUSTOMER");
        s.customerLegal.post("/partnerships/{id}/access-increase-request/approve", Map.of(), id)
                .expectStatus().isEqualTo(409);
    }

    /** Step-up: a sign-in half an hour old cannot confirm an ending (401, max_age=300); a fresh one can. */
    @Test
    void aSignInHalfAnHourOldCannotConfirmTheEndingAFreshOneCan() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));
        String user = "jean-" + s.customerOrg;
        Api halfAnHourAgo = Api.as(client, user, s.customerOrg, Api.LEGAL, clock.instant().minus(Duration.ofMinutes(30)));
        String confirmationId = (String) halfAnHourAgo.post("/partnerships/{id}/termination-requests",
                        Map.of("reason", "step-up"), id)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody().get("confirmationId");

        halfAnHourAgo.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, confirmationId)
                .expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", header -> assertThat(header)
                        .startsWith("Bearer error=\"insufficient_user_authentication\"").contains("max_age=300"));
        assertThat(partnerships.find(id).orElseThrow().aggregate().state()).isEqualTo(PartnershipState.LIVE);
        s.customerLegal.get("/partnerships/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("LIVE");

        Api.as(client, user, s.customerOrg, Api.LEGAL, clock.instant())
                .post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, confirmationId)
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ENDED");
        assertThat(partnerships.find(id).orElseThrow().aggregate().state()).isEqualTo(PartnershipState.ENDED);
    }

    @Test
    void endingTakesTwoStepsTheSecondWithAFreshSignIn() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("PARTNER"));
        String user = "jean-" + s.customerOrg;
        Api stale = Api.as(client, user, s.customerOrg, Api.LEGAL, clock.instant().minus(Duration.ofMinutes(6)));

        Map<?, ?> pending = stale.post("/partnerships/{id}/termination-requests", Map.of("reason", "moving on"), id)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        String confirmationId = (String) pending.get("confirmationId");
        assertThat((String) pending.get("whatHappens")).contains("loses all access");
        assertThat(awaitEvent(Topic.PARTNERSHIPS, id, PartnershipTerminationRequested.class).getRequestedBy())
                .isEqualTo(PartnershipSide.CUSTOMER);

        stale.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, confirmationId)
                .expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", header -> assertThat(header)
                        .contains("error=\"insufficient_user_authentication\"").contains("max_age=300"));
        assertThat(partnerships.find(id).orElseThrow().aggregate().isLive()).isTrue();

        Api fresh = Api.as(client, user, s.customerOrg, Api.LEGAL, clock.instant());
        Api freshPartner = Api.as(client, "anna-" + s.partnerOrg, s.partnerOrg, Api.LEGAL, clock.instant());
        freshPartner.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, confirmationId)
                .expectStatus().isEqualTo(409);
        fresh.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, java.util.UUID.randomUUID().toString()).expectStatus().isEqualTo(409);
        fresh.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, confirmationId)
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ENDED");

        PartnershipTerminated terminated = awaitEvent(Topic.PARTNERSHIPS, id, PartnershipTerminated.class);
        assertThat(terminated.getEndedBy()).isEqualTo(PartnershipSide.CUSTOMER);
        assertThat(terminated.getOtherSide().getEmail()).isEqualTo("legal@helvetic.example");
        assertThat(terminated.getReason()).isEqualTo("moving on");
        assertThat(metadata(terminated).getActorUserId()).isEqualTo(user);
        assertThat(partnerships.find(id).orElseThrow().aggregate().state()).isEqualTo(PartnershipState.ENDED);

        // the pair is free again: a new invitation is possible
        s.partnerLegal.post("/invitations/customers", s.customerInvitation(full("CUSTOMER"))).expectStatus().isCreated();
    }
}
