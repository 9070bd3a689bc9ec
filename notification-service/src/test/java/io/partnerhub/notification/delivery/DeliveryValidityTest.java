package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.notification.message.Precondition;
import io.partnerhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An email whose cause another service owns: cleared right before sending, withdrawn, or postponed. */
class DeliveryValidityTest {

    private static final EmailContent CONTENT = new EmailContent("Subject", "<p>Hi</p>", "Hi");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(2), 4);
    private static final Precondition.TenderOpen TENDER_OPEN = new Precondition.TenderOpen("t-1");

    private final MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    private final Message excerpt = MessageFixture.tenderOffered("Hosting", Language.EN).requiring(TENDER_OPEN);

    @Test
    void anEmailKeepsThePreconditionOfItsMessage() {
        Delivery delivery = Delivery.accept(excerpt, CONTENT, clock.instant(), null);

        assertThat(delivery.precondition()).contains(TENDER_OPEN);
        assertThat(delivery.validity().clearedAt()).isNull();
        assertThat(Delivery.accept(MessageFixture.tenderOffered("Hosting", Language.EN), CONTENT, clock.instant(), null)
                .precondition()).isEmpty();
    }

    @Test
    void aWithdrawnEmailIsTerminalWithItsReasonAndTimeAndNoAttempt() {
        Delivery delivery = Delivery.accept(excerpt, CONTENT, clock.instant(), null);
        clock.advance(Duration.ofSeconds(2));

        delivery.withdraw("tender cancelled or expired before the excerpt was sent", clock.instant());

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(delivery.status().awaitsSending()).isFalse();
        assertThat(delivery.isDueAt(clock.instant().plusSeconds(3600))).isFalse();
        assertThat(delivery.validity().withdrawnAt()).isEqualTo(clock.instant());
        assertThat(delivery.validity().withdrawalReason()).isEqualTo("tender cancelled or expired before the excerpt was sent");
        assertThat(delivery.attempts()).isEmpty();
        assertThat(delivery.failureReason()).isEmpty();
        assertThat(delivery.sentAt()).isEmpty();
        assertThatThrownBy(() -> delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivery.withdraw("again", clock.instant())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivery.resend(clock.instant())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withdrawn (tender cancelled");
    }

    @Test
    void aClearedEmailRecordsWhenItsCheckClearedItThenIsSentAsUsual() {
        Delivery delivery = Delivery.accept(excerpt, CONTENT, clock.instant(), null);
        clock.advance(Duration.ofMillis(300));
        Instant cleared = clock.instant();

        delivery.clear(cleared);
        clock.advance(Duration.ofMillis(40));
        delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.validity().clearedAt()).isEqualTo(cleared);
        assertThat(delivery.sentAt()).hasValueSatisfying(sent -> assertThat(sent).isAfter(cleared));
    }

    @Test
    void aPostponedEmailWaitsWithItsStatusAndAttemptsAsTheyAre() {
        Delivery delivery = Delivery.accept(excerpt, CONTENT, clock.instant(), null);
        delivery.recordAttempt(SmtpReply.of(451, "later"), clock.instant(), SCHEDULE);
        clock.advance(Duration.ofSeconds(30));

        delivery.postpone(clock.instant().plusSeconds(5));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
        assertThat(delivery.attempts()).hasSize(1);
        assertThat(delivery.isDueAt(clock.instant().plusSeconds(4))).isFalse();
        assertThat(delivery.isDueAt(clock.instant().plusSeconds(5))).isTrue();
        delivery.recordAttempt(SmtpReply.of(451, "later"), clock.instant(), SCHEDULE);
        assertThat(delivery.nextAttemptAt()).as("the postponement was not an attempt: second delay of the schedule")
                .contains(clock.instant().plus(Duration.ofMinutes(1)));
    }

    @Test
    void onlyAnEmailStillWaitingCanBeClearedWithdrawnOrPostponed() {
        Delivery sent = Delivery.accept(excerpt, CONTENT, clock.instant(), null);
        sent.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE);

        assertThatThrownBy(() -> sent.clear(clock.instant())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.withdraw("late", clock.instant())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.postpone(clock.instant())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResentEmailIsCheckedAgain() {
        Delivery delivery = Delivery.accept(excerpt, CONTENT, clock.instant(), null);
        delivery.clear(clock.instant());
        delivery.recordAttempt(SmtpReply.of(250, "OK"), clock.instant(), SCHEDULE);
        clock.advance(Duration.ofHours(1));

        delivery.resend(clock.instant());

        assertThat(delivery.validity().clearedAt()).isNull();
        assertThat(delivery.precondition()).contains(TENDER_OPEN);
        delivery.withdraw("tender cancelled or expired before the excerpt was sent", clock.instant());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(delivery.attempts()).hasSize(1);
    }
}
