package io.partnerhub.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.notification.NotificationFailed;
import io.partnerhub.events.notification.NotificationSent;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.persistence.DeliveryDocument;
import io.partnerhub.notification.delivery.scheduling.SenderJob;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Emails whose cause another service owns are checked with it right before SMTP: tender excerpts
 * with tender-service, invitation links with partnership-service (both served by the
 * {@link OwnerStandIn}). What no longer holds is WITHDRAWN and never reaches the inbox; an owner
 * that is down holds its emails back without failing them; a tender closed mid-fan-out lets at
 * most one chunk (50) out per answer that still said "open".
 */
class EmailValidityIT extends FlowIntegrationTest {

    private static final int CHUNK = 50;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    SenderJob senderJob;

    @Autowired
    MongoTemplate mongo;

    @Test
    void excerptsOfAClosedTenderAreWithdrawnAndNeverSentWhileAnotherTendersAreSent() {
        String closed = unique("t-closed");
        String open = unique("t-open");
        owners.closeTender(closed);
        List<String> closedPartners = partners("closed", 5);
        List<String> openPartners = partners("open", 5);

        try (TopicProbe<SpecificRecord> notifications = TopicProbe.events(Topic.NOTIFICATIONS.topicName())) {
            closedPartners.forEach(partner -> publish(Topic.TENDER_OFFERS.topicName(), excerpt(closed, partner)));
            openPartners.forEach(partner -> publish(Topic.TENDER_OFFERS.topicName(), excerpt(open, partner)));

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(closedPartners).allSatisfy(partner -> assertThat(statusOf(partner))
                        .isEqualTo(DeliveryStatus.WITHDRAWN));
                assertThat(openPartners).allSatisfy(partner -> assertThat(inbox.to(partner)).hasSize(1));
            });
            List<String> withdrawnIds = closedPartners.stream().map(partner -> only(partner).id().toString()).toList();
            List<String> sentIds = openPartners.stream().map(partner -> only(partner).id().toString()).toList();
            await().atMost(WAIT).untilAsserted(() -> assertThat(notificationIds(notifications.poll()))
                    .containsAll(sentIds));
            assertThat(notificationIds(notifications.poll())).as("a withdrawn email is no SMTP attempt and publishes"
                    + " neither NotificationSent nor NotificationFailed").doesNotContainAnyElementsOf(withdrawnIds);
        }
        closedPartners.forEach(partner -> {
            Delivery withdrawn = only(partner);
            assertThat(withdrawn.validity().withdrawalReason()).isEqualTo("tender cancelled or expired before the excerpt was sent");
            assertThat(withdrawn.validity().withdrawnAt()).isNotNull();
            assertThat(withdrawn.attempts()).isEmpty();
            assertThat(inbox.to(partner)).isEmpty();
        });
        openPartners.forEach(partner -> {
            Delivery sent = only(partner);
            assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(sent.validity().clearedAt()).isNotNull().isBeforeOrEqualTo(sent.sentAt().orElseThrow());
        });
        assertThat(owners.requestsNaming(closed)).as("one request per chunk, not per email").isLessThan(5);
        assertThat(serviceTokenSubject(owners.lastAuthorization())).isEqualTo("notification-service");
    }

    @Test
    void theDeliveryLogShowsWhatAnEmailDependedOnWhenItsCheckClearedAndWhyAWithdrawnOneWasNotSent() {
        String closed = unique("t-log-closed");
        String open = unique("t-log-open");
        owners.closeTender(closed);
        String withdrawnTo = partners("log-withdrawn", 1).get(0);
        String sentTo = partners("log-sent", 1).get(0);
        publish(Topic.TENDER_OFFERS.topicName(), excerpt(closed, withdrawnTo));
        publish(Topic.TENDER_OFFERS.topicName(), excerpt(open, sentTo));
        await().atMost(WAIT).until(() -> statusOf(withdrawnTo) == DeliveryStatus.WITHDRAWN
                && statusOf(sentTo) == DeliveryStatus.SENT);
        String ops = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-ops", "provider", Set.of("OPS"));
        String withdrawnId = only(withdrawnTo).id().toString();

        client.get().uri("/ops/deliveries/{id}", withdrawnId).header("Authorization", ops).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN")
                .jsonPath("$.dependsOn").isEqualTo("tender " + closed + " is open")
                .jsonPath("$.withdrawalReason").isEqualTo("tender cancelled or expired before the excerpt was sent")
                .jsonPath("$.withdrawnAt").isNotEmpty()
                .jsonPath("$.clearedAt").isEmpty()
                .jsonPath("$.attempts.length()").isEqualTo(0);
        client.get().uri("/ops/deliveries?recipient={r}", sentTo).header("Authorization", ops).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].status").isEqualTo("SENT")
                .jsonPath("$[0].dependsOn").isEqualTo("tender " + open + " is open")
                .jsonPath("$[0].clearedAt").isNotEmpty()
                .jsonPath("$[0].withdrawnAt").isEmpty();
        client.get().uri("/ops/deliveries?status=WITHDRAWN&recipient={r}", withdrawnTo).header("Authorization", ops)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        client.post().uri("/ops/deliveries/{id}/resend", withdrawnId).header("Authorization", ops).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void anInvitationWhoseLinkIsDeadGetsNoEmailAndOneWhoseLinkIsLiveDoes() {
        String dead = unique("inv-dead");
        String live = unique("inv-live");
        String deadToken = LinkSecret.generate().value();
        String liveToken = LinkSecret.generate().value();
        owners.killInvitation(dead);
        String deadInvitee = partners("dead-invitee", 1).get(0);
        String liveInvitee = partners("live-invitee", 1).get(0);

        publish(Topic.INVITATIONS.topicName(), invitation(dead, deadInvitee, deadToken));
        publish(Topic.INVITATIONS.topicName(), invitation(live, liveInvitee, liveToken));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(statusOf(deadInvitee)).isEqualTo(DeliveryStatus.WITHDRAWN);
            assertThat(inbox.to(liveInvitee)).hasSize(1);
        });
        assertThat(inbox.to(deadInvitee)).isEmpty();
        assertThat(only(deadInvitee).validity().withdrawalReason()).startsWith("invitation link no longer live");
        assertThat(Inbox.part(inbox.to(liveInvitee).get(0), "text/plain")).contains("/public/invitation-links/" + liveToken);
        assertThat(owners.linkRequests()).as("asked about the emailed link by the hash of its secret")
                .anySatisfy(request -> assertThat(linksOf(request)).contains(live + ":" + LinkSecret.hashOf(liveToken)))
                .anySatisfy(request -> assertThat(linksOf(request)).contains(dead + ":" + LinkSecret.hashOf(deadToken)));
        JsonNode asked = owners.linkRequests().stream().filter(request -> linksOf(request).contains(
                live + ":" + LinkSecret.hashOf(liveToken))).findFirst().orElseThrow();
        assertThat(asked.path("hold").path("seconds").asInt()).as("the live link is held while it is sent").isEqualTo(45);
        await().atMost(WAIT).untilAsserted(() -> assertThat(owners.releasedHolds()).as("and let go once sent")
                .contains(asked.path("hold").path("holder").asText()));
    }

    @Test
    void aResentInvitationsOldLinkIsNeverEmailedItsNewOneIs() {
        String invitationId = unique("inv-resent");
        String oldToken = LinkSecret.generate().value();
        String newToken = LinkSecret.generate().value();
        owners.onlyLinkLive(invitationId, LinkSecret.hashOf(newToken));
        String invitee = partners("resent-invitee", 1).get(0);
        InvitationCreated created = invitation(invitationId, invitee, oldToken);
        InvitationResent resent = EventFixture.invitationResent(to(invitee, Language.EN));
        resent.setInvitationId(invitationId);
        resent.getMetadata().setAggregateId(invitationId);
        resent.setResponseToken(newToken);

        publishTogether("notification-service-partnership", () -> {
            publish(Topic.INVITATIONS.topicName(), created);
            publish(Topic.INVITATIONS.topicName(), resent);
        });

        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.to(invitee)).hasSize(1));
        assertThat(Inbox.part(inbox.to(invitee).get(0), "text/plain")).contains("/public/invitation-links/" + newToken)
                .doesNotContain(oldToken);
        await().atMost(WAIT).until(() -> ofEvent(created).status() == DeliveryStatus.WITHDRAWN);
        assertThat(ofEvent(created).validity().withdrawalReason()).startsWith("invitation link no longer live");
        // SMTP accepts the message before the delivery is marked SENT: the inbox can be ahead of the store
        await().atMost(WAIT).until(() -> ofEvent(resent).status() == DeliveryStatus.SENT);
        assertThat(inbox.to(invitee)).hasSize(1);
    }

    @Test
    void whileAnOwnerIsDownItsEmailsAreNeitherSentNorFailedAndOnceItIsBackEachIsSentExactlyOnce() {
        String tender = unique("t-down");
        String invitationId = unique("inv-down");
        List<String> partners = partners("down", 3);
        String invitee = partners("down-invitee", 1).get(0);
        String bystander = partners("down-bystander", 1).get(0);
        List<String> waiting = concat(partners, invitee);
        owners.unavailableFor(tender, OwnerStandIn.Failure.ANSWER_503);
        owners.unavailableFor(invitationId, OwnerStandIn.Failure.DROP_CONNECTION);

        try (TopicProbe<SpecificRecord> notifications = TopicProbe.events(Topic.NOTIFICATIONS.topicName())) {
            try {
                partners.forEach(partner -> publish(Topic.TENDER_OFFERS.topicName(), excerpt(tender, partner)));
                publish(Topic.INVITATIONS.topicName(), invitation(invitationId, invitee, LinkSecret.generate().value()));
                publish(Topic.INVITATIONS.topicName(), EventFixture.invitationDeclined(to(bystander, Language.EN)));

                // asked again and again (recheck delay 1 s here), never sent, never failed, no attempt counted
                await().atMost(WAIT).until(() -> owners.requestsNaming(tender) >= 3
                        && owners.requestsNaming(invitationId) >= 3);
                await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.to(bystander))
                        .as("emails that need no check go out meanwhile").hasSize(1));
                for (String address : waiting) {
                    Delivery held = only(address);
                    assertThat(held.status()).isEqualTo(DeliveryStatus.PENDING);
                    assertThat(held.attempts()).isEmpty();
                    assertThat(held.failureReason()).isEmpty();
                    assertThat(held.validity().clearedAt()).isNull();
                    assertThat(inbox.to(address)).isEmpty();
                }
            } finally {
                owners.availableAgain(tender);
                owners.availableAgain(invitationId);
            }
            List<String> heldIds = waiting.stream().map(address -> only(address).id().toString()).toList();

            await().atMost(WAIT).untilAsserted(() -> assertThat(waiting)
                    .allSatisfy(address -> assertThat(inbox.to(address)).hasSize(1)));
            await().atMost(WAIT).untilAsserted(() -> assertThat(notifications.poll().stream()
                    .filter(record -> record.value() instanceof NotificationSent)
                    .map(record -> ((NotificationSent) record.value()).getNotificationId())).containsAll(heldIds));
            assertThat(notifications.poll()).as("never failed").noneSatisfy(record -> assertThat(record.value())
                    .isInstanceOfSatisfying(NotificationFailed.class,
                            failed -> assertThat(heldIds).contains(failed.getNotificationId())));
        }
        for (String address : waiting) {
            Delivery sent = only(address);
            assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(sent.attempts()).as("the postponements were no attempts").hasSize(1);
            assertThat(sent.validity().clearedAt()).isNotNull();
            assertThat(inbox.to(address)).as("exactly once").hasSize(1);
        }
    }

    @Test
    void aTenderClosedMidFanOutLetsAtMostOneChunkOutPerAnswerThatStillSaidOpen() {
        int partnersOffered = 400;
        int openAnswers = 2;
        String tender = unique("t-mid");
        owners.closeTenderAfter(tender, openAnswers);
        List<String> partners = partners("mid", partnersOffered);

        senderJob.stop();
        try {
            partners.forEach(partner -> kafka.send(Topic.TENDER_OFFERS.topicName(), partner, excerpt(tender, partner)));
            kafka.flush();
            await().atMost(WAIT).until(() -> excerptsOf(tender).stream()
                    .filter(delivery -> delivery.status() == DeliveryStatus.PENDING).count() == partnersOffered);
        } finally {
            senderJob.start();
        }

        await().atMost(WAIT).until(() -> excerptsOf(tender).stream()
                .noneMatch(delivery -> delivery.status().awaitsSending()));
        List<Delivery> excerpts = excerptsOf(tender);
        assertThat(excerpts).extracting(delivery -> delivery.recipient().email())
                .containsExactlyInAnyOrderElementsOf(partners);
        long sent = excerpts.stream().filter(delivery -> delivery.status() == DeliveryStatus.SENT).count();
        long withdrawn = excerpts.stream().filter(delivery -> delivery.status() == DeliveryStatus.WITHDRAWN).count();
        long inInbox = partners.stream().filter(partner -> !inbox.to(partner).isEmpty()).count();
        System.out.printf("[validity] %d excerpts, tender closed after %d checks: %d sent, %d withdrawn, %d requests%n",
                partnersOffered, openAnswers, sent, withdrawn, owners.requestsNaming(tender));
        assertThat(sent).as("each answer 'open' clears at most one chunk").isBetween(1L, (long) openAnswers * CHUNK);
        assertThat(sent + withdrawn).isEqualTo(partnersOffered);
        assertThat(inInbox).isEqualTo(sent);
        assertThat(owners.requestsNaming(tender)).as("one request per chunk, never one per email")
                .isLessThanOrEqualTo(partnersOffered / CHUNK + 4);
    }

    @Test
    void aTenderCancelledEventWithdrawsItsWaitingExcerptsAtOnceWithoutAskingTheOwner() {
        String tender = unique("t-event");
        List<String> partners = partners("event", 20);

        senderJob.stop();
        try {
            partners.forEach(partner -> kafka.send(Topic.TENDER_OFFERS.topicName(), partner, excerpt(tender, partner)));
            kafka.flush();
            await().atMost(WAIT).until(() -> partners.stream().allMatch(partner -> only(partner) != null));
            publish(Topic.TENDERS.topicName(), TenderCancelled.newBuilder().setMetadata(EventFixture.metadata(tender))
                    .setTenderId(tender).build());

            await().atMost(WAIT).until(() -> partners.stream()
                    .allMatch(partner -> statusOf(partner) == DeliveryStatus.WITHDRAWN));
        } finally {
            senderJob.start();
        }
        assertThat(only(partners.get(0)).validity().withdrawalReason())
                .isEqualTo("tender cancelled or expired before the excerpt was sent (TenderCancelled)");
        String marker = partners("event-marker", 1).get(0);
        publish(Topic.TENDER_OFFERS.topicName(), excerpt(unique("t-marker"), marker));
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.to(marker)).hasSize(1));
        assertThat(partners).allSatisfy(partner -> assertThat(inbox.to(partner)).isEmpty());
        assertThat(owners.requestsNaming(tender)).as("no owner call needed").isZero();
    }

    /**
     * The excerpt emails of this tender, read with one query (the collection also holds the
     * benchmark's 10,000 emails, and the MongoDB stand-in scans it for every query not by id).
     */
    private List<Delivery> excerptsOf(String tenderId) {
        List<Delivery> found = new ArrayList<>();
        mongo.getCollection(DeliveryDocument.COLLECTION).find(Filters.eq("precondition.tenderId", tenderId))
                .projection(Projections.exclude("outbox"))
                .forEach(document -> found.add(DeliveryDocument.fromBson(document).toDomain()));
        return found;
    }

    private Delivery only(String recipient) {
        List<Delivery> found = deliveries.search(recipient, null, null, 10);
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The status of the one email to this address; null while there is none yet. */
    private DeliveryStatus statusOf(String recipient) {
        Delivery delivery = only(recipient);
        return delivery == null ? null : delivery.status();
    }

    private Delivery ofEvent(SpecificRecord event) {
        String eventId = ((io.partnerhub.events.common.EventMetadata) event.get(0)).getEventId().toString();
        return deliveries.search(null, eventId, null, 10).get(0);
    }

    private static TenderOffered excerpt(String tenderId, String partner) {
        return EventFixture.tenderOffered(tenderId, "p-" + partner.hashCode(), "Hosting", to(partner, Language.EN));
    }

    private static InvitationCreated invitation(String invitationId, String invitee, String token) {
        InvitationCreated created = EventFixture.invitationCreated(to(invitee, Language.EN), token);
        created.setInvitationId(invitationId);
        created.getMetadata().setAggregateId(invitationId);
        return created;
    }

    private static List<String> linksOf(JsonNode request) {
        return java.util.stream.StreamSupport.stream(request.path("links").spliterator(), false)
                .map(link -> link.path("invitationId").asText() + ":" + link.path("tokenHash").asText()).toList();
    }

    private static List<String> notificationIds(List<ConsumerRecord<String, SpecificRecord>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    /** The subject of the bearer token the service called with (its own client-credentials token). */
    private static String serviceTokenSubject(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        String payload = new String(Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
    }

    private static List<String> partners(String prefix, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return IntStream.range(0, count).mapToObj(i -> prefix + "-" + i + "-" + run + "@validity.test").toList();
    }

    private static List<String> concat(List<String> list, String one) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(one)).toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
