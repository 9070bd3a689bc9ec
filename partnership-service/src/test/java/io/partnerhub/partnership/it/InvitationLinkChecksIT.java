package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.partnership.invitation.InvitationPolicy;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.partnerhub.partnership.it.Api.okJson;
import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.partnership.it.Scenario.full;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code POST /invitation-link-checks}: whether emailed invitation links still work. */
@PartnershipServiceIT
class InvitationLinkChecksIT {

    private static final String CHECKS = "/invitation-link-checks";

    @Autowired
    RestTestClient client;
    @Autowired
    InvitationStore invitations;
    @Autowired
    InvitationPolicy policy;
    @Autowired
    MovableClock clock;

    private Api notifications;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
    }

    @BeforeEach
    void signInAsAService() {
        notifications = Api.asService(client, "notification-service");
    }

    @Test
    void thePendingInvitationsCurrentLinkIsLiveAndNothingElse() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String hash = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());

        assertThat(live(link(id, hash), link(java.util.UUID.randomUUID().toString(), hash), link(id, LinkSecret.generate().hash()),
                link(id, hash.toUpperCase(Locale.ROOT)))).containsExactly(id);
    }

    @Test
    void aResendKillsTheOldLinkAndACancelTheNewOneAtOnce() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String first = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());

        s.partnerLegal.post("/invitations/{id}/resend", null, id).expectStatus().isOk();
        assertThat(live(link(id, first))).isEmpty();
        String second = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationResent.class).getResponseToken());
        assertThat(live(link(id, first), link(id, second))).containsExactly(id);

        s.partnerLegal.post("/invitations/{id}/cancel", null, id).expectStatus().isOk();
        assertThat(live(link(id, second))).isEmpty();
    }

    @Test
    void anAnsweredInvitationsLinkIsDead() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String hash = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());

        s.customerLegal.post("/invitations/{id}/decline", null, id).expectStatus().isOk();

        assertThat(live(link(id, hash))).isEmpty();
    }

    @Test
    void aLinkIsDeadOnceItsDeadlinePassedEvenBeforeTheSweeperRan() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String hash = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());
        assertThat(live(link(id, hash))).containsExactly(id);

        clock.advance(policy.validity().plus(Duration.ofMinutes(1)));

        assertThat(live(link(id, hash))).isEmpty();
        assertThat(invitations.find(id).orElseThrow().aggregate().state()).isEqualTo(InvitationState.PENDING);
    }

    @Test
    void aThousandLinksAreCheckedInOneCall() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String hash = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());
        List<Map<String, String>> links = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            links.add(link(UUID.randomUUID().toString(), hash));
        }
        links.add(500, link(id, hash));

        assertThat(live(links.toArray(Map[]::new))).containsExactly(id);
    }

    @Test
    void aCancelOfAHeldInvitationKillsTheLinkAtOnceAndAnswersWhenTheSenderLetsGo() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String hash = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());
        String holder = UUID.randomUUID().toString();
        assertThat(liveHeld(holder, 60, link(id, hash))).containsExactly(id);

        CompletableFuture<Void> cancel = CompletableFuture.runAsync(() ->
                s.partnerLegal.post("/invitations/{id}/cancel", null, id).expectStatus().isOk());

        await().atMost(Duration.ofSeconds(10)).until(() -> live(link(id, hash)).isEmpty());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !cancel.isDone());
        notifications.delete(CHECKS + "/holds/{holder}", holder).expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).until(cancel::isDone);
        cancel.join();
    }

    @Test
    void aResendWaitsForTheHoldOnTheOldLinkToEnd() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String hash = LinkSecret.hashOf(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken());
        assertThat(liveHeld(UUID.randomUUID().toString(), 5, link(id, hash))).containsExactly(id);

        CompletableFuture<Void> resend = CompletableFuture.runAsync(() ->
                s.partnerLegal.post("/invitations/{id}/resend", null, id).expectStatus().isOk());

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !resend.isDone());
        clock.advance(Duration.ofSeconds(6));
        await().atMost(Duration.ofSeconds(10)).until(resend::isDone);
        resend.join();
    }

    @Test
    void deadLinksAreNotHeld() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class);
        assertThat(liveHeld(UUID.randomUUID().toString(), 60, link(id, LinkSecret.generate().hash()))).isEmpty();

        s.partnerLegal.post("/invitations/{id}/cancel", null, id).expectStatus().isOk();
    }

    @Test
    void holdsAreForServicesAndBoundedToAMinute() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String hash = LinkSecret.generate().hash();
        Map<String, Object> tooLong = Map.of("links", List.of(link("inv-1", hash)),
                "hold", Map.of("holder", UUID.randomUUID().toString(), "seconds", 61));
        Map<String, Object> badHolder = Map.of("links", List.of(link("inv-1", hash)),
                "hold", Map.of("holder", "{\"$gt\":\"\"}", "seconds", 10));

        notifications.post(CHECKS, tooLong).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        notifications.post(CHECKS, badHolder).expectStatus().isBadRequest();
        s.partnerLegal.delete(CHECKS + "/holds/{holder}", UUID.randomUUID().toString()).expectStatus().isForbidden();
        notifications.delete(CHECKS + "/holds/{holder}", UUID.randomUUID().toString()).expectStatus().isNoContent();
    }

    @Test
    void onlyServicesAndOperationsMayAsk() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        Map<String, Object> body = Map.of("links", List.of(link(id, LinkSecret.generate().hash())));

        s.partnerLegal.post(CHECKS, body).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        s.customerLegal.post(CHECKS, body).expectStatus().isForbidden();
        Api.as(client, "support", "provider", Api.OPS).post(CHECKS, body).expectStatus().isOk();
    }

    @Test
    void noLinksTooManyOrMalformedHashesAreBadInput() {
        String hash = LinkSecret.generate().hash();
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(link("inv-" + i, hash));
        }

        notifications.post(CHECKS, Map.of("links", List.of())).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        notifications.post(CHECKS, Map.of("links", tooMany)).expectStatus().isBadRequest();
        notifications.post(CHECKS, Map.of()).expectStatus().isBadRequest();
        notifications.post(CHECKS, null).expectStatus().isBadRequest();
        notifications.post(CHECKS, Map.of("links", List.of(link("inv-1", "not-a-hash")))).expectStatus().isBadRequest();
        notifications.post(CHECKS, Map.of("links", List.of(link("", hash)))).expectStatus().isBadRequest();
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private List<String> live(Map<String, String>... links) {
        return (List<String>) okJson(notifications.post(CHECKS, Map.of("links", List.of(links)))).get("live");
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private List<String> liveHeld(String holder, int seconds, Map<String, String>... links) {
        return (List<String>) okJson(notifications.post(CHECKS, Map.of("links", List.of(links),
                "hold", Map.of("holder", holder, "seconds", seconds)))).get("live");
    }

    private static Map<String, String> link(String invitationId, String tokenHash) {
        return Map.of("invitationId", invitationId, "tokenHash", tokenHash);
    }
}
