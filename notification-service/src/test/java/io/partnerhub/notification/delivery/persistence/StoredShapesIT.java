package io.partnerhub.notification.delivery.persistence;

import io.partnerhub.notification.delivery.Attempt;
import io.partnerhub.notification.delivery.AttemptOutcome;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.delivery.SmtpReply;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Precondition;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents stay readable in every shape the service ever wrote, inserted here as raw BSON exactly
 * as it was written: today's (with what the email depends on and the check's outcome), the one from
 * before emails were checked with their owner (no {@code precondition}, {@code clearedAt},
 * {@code withdrawnAt}, {@code withdrawalReason}), and the first one (no {@code traceparent} either).
 * And what the store writes today is still that shape, field for field.
 */
class StoredShapesIT {

    private static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static StoreFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new StoreFixture("notification-stored-shapes-it");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void todaysShapeLoadsWithWhatTheEmailDependsOnAndHowItsCheckEnded() {
        String id = UUID.randomUUID().toString();
        Document withdrawn = firstShape(id, "WITHDRAWN", null)
                .append("traceparent", TRACEPARENT)
                .append("precondition", new Document("type", "TENDER_OPEN").append("tenderId", "t-77"))
                .append("clearedAt", date(CREATED.plusSeconds(5)))
                .append("withdrawnAt", date(CREATED.plusSeconds(65)))
                .append("withdrawalReason", "tender cancelled or expired before the excerpt was sent");
        fixture.deliveries().insertOne(withdrawn);

        Delivery delivery = fixture.store.find(UUID.fromString(id)).orElseThrow();

        assertCommonFields(delivery, id);
        assertThat(delivery.source().traceparent()).isEqualTo(TRACEPARENT);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(delivery.nextAttemptAt()).isEmpty();
        assertThat(delivery.precondition()).contains(new Precondition.TenderOpen("t-77"));
        assertThat(delivery.validity().clearedAt()).isEqualTo(CREATED.plusSeconds(5));
        assertThat(delivery.validity().withdrawnAt()).isEqualTo(CREATED.plusSeconds(65));
        assertThat(delivery.validity().withdrawalReason())
                .isEqualTo("tender cancelled or expired before the excerpt was sent");
        String link = UUID.randomUUID().toString();
        fixture.deliveries().insertOne(firstShape(link, "PENDING", date(CREATED)).append("traceparent", null)
                .append("precondition", new Document("type", "INVITATION_LINK_LIVE").append("invitationId", "i-9")
                        .append("tokenHash", "ab12"))
                .append("clearedAt", null).append("withdrawnAt", null).append("withdrawalReason", null));
        assertThat(fixture.store.find(UUID.fromString(link)).orElseThrow().precondition())
                .contains(new Precondition.InvitationLinkLive("i-9", "ab12"));
    }

    @Test
    void aDocumentFromBeforeEmailsWereCheckedLoadsAsOneThatNeedsNoCheckAndIsSent() {
        String id = UUID.randomUUID().toString();
        fixture.deliveries().insertOne(firstShape(id, "RETRY_SCHEDULED", date(CREATED.plusSeconds(30)))
                .append("traceparent", TRACEPARENT));

        Delivery delivery = fixture.store.find(UUID.fromString(id)).orElseThrow();

        assertCommonFields(delivery, id);
        assertThat(delivery.source().traceparent()).isEqualTo(TRACEPARENT);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
        assertThat(delivery.precondition()).isEmpty();
        assertThat(delivery.validity().clearedAt()).isNull();
        assertThat(delivery.validity().withdrawnAt()).isNull();
        assertThat(delivery.validity().withdrawalReason()).isNull();
        assertThat(delivery.isDueAt(CREATED.plusSeconds(30))).isTrue();
        assertThat(fixture.store.claimDue(CREATED.plusSeconds(30), Duration.ofMinutes(2), 1000))
                .extracting(claimed -> claimed.delivery().id().toString()).contains(id);
    }

    @Test
    void aDocumentOfTheFirstShapeLoadsUntraced() {
        String id = UUID.randomUUID().toString();
        fixture.deliveries().insertOne(firstShape(id, "SENT", null).append("sentAt", date(CREATED.plusSeconds(31))));

        Delivery delivery = fixture.store.find(UUID.fromString(id)).orElseThrow();

        assertCommonFields(delivery, id);
        assertThat(delivery.source().traceparent()).isNull();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.sentAt()).contains(CREATED.plusSeconds(31));
        assertThat(delivery.precondition()).isEmpty();
        assertThat(fixture.store.search("Partner@Example.test", null, DeliveryStatus.SENT, 10))
                .extracting(found -> found.id().toString()).contains(id);
    }

    @Test
    void theStoreStillWritesTodaysShape() {
        Delivery delivery = StoreFixture.delivery(DeliveryStatus.PENDING, CREATED, "t-1", CREATED);
        fixture.insert(List.of(delivery));

        Document stored = fixture.deliveries().find(new Document("_id", delivery.id().toString())).first();

        assertThat(stored.keySet()).containsExactly("_id", "idempotencyKey", "sourceEventId", "sourceEventType",
                "correlationId", "traceparent", "messageKind", "recipientEmail", "recipientAddress", "recipientName",
                "language", "createdAt", "attempts", "outbox", "subject", "html", "text", "status", "nextAttemptAt",
                "failureReason", "sentAt", "roundStart", "precondition", "clearedAt", "withdrawnAt",
                "withdrawalReason");
        assertThat(stored.get("precondition", Document.class)).isEqualTo(
                new Document("type", "TENDER_OPEN").append("tenderId", "t-1"));
        assertThat(stored.getDate("nextAttemptAt")).isEqualTo(date(CREATED));
        assertThat(fixture.store.find(delivery.id()).orElseThrow().state()).isEqualTo(delivery.state());
    }

    /**
     * The first shape the service wrote: an excerpt email in German with two attempts (a greylisting
     * 451, then no reply), sent in its second round after a resend.
     */
    private static Document firstShape(String id, String status, Date nextAttemptAt) {
        return new Document("_id", id)
                .append("idempotencyKey", eventOf(id) + "/TENDER_OFFERED/partner@example.test")
                .append("sourceEventId", eventOf(id))
                .append("sourceEventType", "TenderOffered")
                .append("correlationId", "corr-1")
                .append("messageKind", "TENDER_OFFERED")
                .append("recipientEmail", "partner@example.test")
                .append("recipientAddress", "Partner@Example.test")
                .append("recipientName", "Anna Muster")
                .append("language", "DE")
                .append("createdAt", date(CREATED))
                .append("attempts", List.of(
                        new Document("number", 1).append("at", date(CREATED)).append("smtpCode", 451)
                                .append("smtpReply", "4.7.1 greylisted").append("outcome", "TRANSIENT_FAILURE"),
                        new Document("number", 2).append("at", date(CREATED.plusSeconds(30))).append("smtpCode", null)
                                .append("smtpReply", "SocketTimeoutException: Read timed out")
                                .append("outcome", "TRANSIENT_FAILURE")))
                .append("outbox", List.of())
                .append("subject", "Neue Anfrage: Hosting")
                .append("html", "<p>Hallo</p>")
                .append("text", "Hallo")
                .append("status", status)
                .append("nextAttemptAt", nextAttemptAt)
                .append("failureReason", null)
                .append("sentAt", null)
                .append("roundStart", 1);
    }

    private static void assertCommonFields(Delivery delivery, String id) {
        assertThat(delivery.id()).isEqualTo(UUID.fromString(id));
        assertThat(delivery.idempotencyKey().value()).isEqualTo(eventOf(id) + "/TENDER_OFFERED/partner@example.test");
        assertThat(delivery.source().eventId()).isEqualTo(eventOf(id));
        assertThat(delivery.source().eventType()).isEqualTo("TenderOffered");
        assertThat(delivery.source().correlationId()).isEqualTo("corr-1");
        assertThat(delivery.source().kind()).isEqualTo(MessageKind.TENDER_OFFERED);
        assertThat(delivery.recipient().email()).isEqualTo("Partner@Example.test");
        assertThat(delivery.recipient().name()).isEqualTo("Anna Muster");
        assertThat(delivery.recipient().language()).isEqualTo(Language.DE);
        assertThat(delivery.createdAt()).isEqualTo(CREATED);
        assertThat(delivery.content()).contains(new EmailContent("Neue Anfrage: Hosting", "<p>Hallo</p>", "Hallo"));
        assertThat(delivery.attempts()).containsExactly(
                new Attempt(1, CREATED, SmtpReply.of(451, "4.7.1 greylisted"), AttemptOutcome.TRANSIENT_FAILURE),
                new Attempt(2, CREATED.plusSeconds(30), SmtpReply.noReply("SocketTimeoutException: Read timed out"),
                        AttemptOutcome.TRANSIENT_FAILURE));
        assertThat(delivery.roundStart()).isEqualTo(1);
        assertThat(delivery.failureReason()).isEmpty();
    }

    private static String eventOf(String deliveryId) {
        return "event-" + deliveryId;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
