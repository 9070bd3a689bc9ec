package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    private static final EmailContent CONTENT = new EmailContent("Subject", "<p>Hi</p>", "Hi");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(2), 4);

    private final MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    private final Message message = MessageFixture.tenderOffered("Hosting", Language.EN);

    @Test
    void anAcceptedEmailIsDueAtOnceAndIdentifiedByItsKey() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.isDueAt(clock.instant())).isTrue();
        assertThat(delivery.id()).isEqualTo(message.idempotencyKey().notificationId());
    }

    @Test
    void aFirstAcceptedAttemptSendsIt() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);
        clock.advance(Duration.ofSeconds(1));

        assertThat(delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE))
                .isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.sentAt()).contains(clock.instant());
        assertThat(delivery.nextAttemptAt()).isEmpty();
        assertThat(delivery.isDueAt(clock.instant().plusSeconds(3600))).isFalse();
    }

    @Test
    void transientFailuresAreRetriedWithGrowingCappedDelaysThenSucceed() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);

        delivery.recordAttempt(SmtpReply.of(451, "try later"), clock.instant(), SCHEDULE);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
        assertThat(delivery.nextAttemptAt()).contains(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(delivery.isDueAt(clock.instant())).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(delivery.isDueAt(clock.instant())).isTrue();

        delivery.recordAttempt(SmtpReply.noReply("connect timed out"), clock.instant(), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).contains(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        delivery.recordAttempt(SmtpReply.of(421, "busy"), clock.instant(), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).contains(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));

        delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).extracting(Attempt::outcome).containsExactly(
                AttemptOutcome.TRANSIENT_FAILURE, AttemptOutcome.TRANSIENT_FAILURE,
                AttemptOutcome.TRANSIENT_FAILURE, AttemptOutcome.ACCEPTED);
        assertThat(delivery.attempts()).extracting(Attempt::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void givesUpWhenTheScheduleIsUsedUp() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);
        for (int i = 0; i < 4; i++) {
            delivery.recordAttempt(SmtpReply.of(451, "greylisted"), clock.instant(), SCHEDULE);
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.failureReason()).contains("gave up after 4 attempts, last reply: 451 greylisted");
    }

    @Test
    void aPermanentReplyFailsAtOnce() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);

        delivery.recordAttempt(SmtpReply.of(550, "5.1.1 no such user"), clock.instant(), SCHEDULE);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.failureReason()).contains("permanent SMTP failure: 550 5.1.1 no such user");
        assertThat(delivery.attempts()).hasSize(1);
    }

    @Test
    void aRejectedEmailFailedFromTheStartAndCannotBeResent() {
        Delivery delivery = Delivery.reject(message, "incomplete template data: missing title", clock.instant(), null);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.content()).isEmpty();
        assertThatThrownBy(() -> delivery.resend(clock.instant())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResendStartsAFreshRetryScheduleAndKeepsTheHistory() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);
        delivery.recordAttempt(SmtpReply.of(550, "no such user"), clock.instant(), SCHEDULE);
        clock.advance(Duration.ofHours(1));

        delivery.resend(clock.instant());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.isDueAt(clock.instant())).isTrue();
        delivery.recordAttempt(SmtpReply.of(451, "later"), clock.instant(), SCHEDULE);

        assertThat(delivery.nextAttemptAt()).contains(clock.instant().plusSeconds(30));
        assertThat(delivery.attempts()).hasSize(2);
    }

    @Test
    void cannotRecordAnAttemptOnAFinishedDeliveryNorResendAWaitingOne() {
        Delivery delivery = Delivery.accept(message, CONTENT, clock.instant(), null);
        assertThatThrownBy(() -> delivery.resend(clock.instant())).isInstanceOf(IllegalStateException.class);
        delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE);
        assertThatThrownBy(() -> delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE))
                .isInstanceOf(IllegalStateException.class);
    }
}
