package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.IdempotencyKey;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Precondition;
import io.partnerhub.notification.message.Recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One email and its way to the recipient's server: its content, its status, every attempt with
 * the SMTP reply, and when the next attempt is due. See {@link DeliveryStatus} for the states.
 */
public final class Delivery {

    private final UUID id;
    private final IdempotencyKey idempotencyKey;
    private final Source source;
    private final Recipient recipient;
    private final EmailContent content;
    private final Instant createdAt;
    private final List<Attempt> attempts;
    private DeliveryStatus status;
    private Instant nextAttemptAt;
    private String failureReason;
    private Instant sentAt;
    private int roundStart;
    private Validity validity;

    /**
     * Where an email comes from: the event that caused it, the kind of email it is, and the W3C
     * {@code traceparent} of the workflow that event belongs to (null when it was not traced).
     */
    public record Source(String eventId, String eventType, String correlationId, MessageKind kind,
                         String traceparent) {
    }

    private Delivery(DeliveryState state) {
        this.id = state.id();
        this.idempotencyKey = state.idempotencyKey();
        this.source = state.source();
        this.recipient = state.recipient();
        this.content = state.content();
        this.createdAt = state.createdAt();
        this.attempts = new ArrayList<>(state.attempts());
        this.status = state.status();
        this.nextAttemptAt = state.nextAttemptAt();
        this.failureReason = state.failureReason();
        this.sentAt = state.sentAt();
        this.roundStart = state.roundStart();
        this.validity = state.validity() == null ? Validity.of(null) : state.validity();
    }

    /**
     * A written email, due now, caused by an event of the given trace (null: not traced); sent only
     * while the message's precondition holds.
     */
    public static Delivery accept(Message message, EmailContent content, Instant now, String traceparent) {
        IdempotencyKey key = message.idempotencyKey();
        return new Delivery(new DeliveryState(key.notificationId(), key, sourceOf(message, traceparent),
                message.recipient(), content, now, List.of(), DeliveryStatus.PENDING, now, null, null, 0,
                Validity.of(message.precondition())));
    }

    /** An email that cannot be written (bad address, incomplete data): failed from the start. */
    public static Delivery reject(Message message, String reason, Instant now, String traceparent) {
        IdempotencyKey key = message.idempotencyKey();
        return new Delivery(new DeliveryState(key.notificationId(), key, sourceOf(message, traceparent),
                message.recipient(), null, now, List.of(), DeliveryStatus.FAILED, null, reason, null, 0,
                Validity.of(message.precondition())));
    }

    /** Rebuilds a stored delivery from its state, as {@link #state()} gave it. */
    public static Delivery restore(DeliveryState state) {
        return new Delivery(state);
    }

    /** Everything it holds, for storing it. */
    public DeliveryState state() {
        return new DeliveryState(id, idempotencyKey, source, recipient, content, createdAt, List.copyOf(attempts),
                status, nextAttemptAt, failureReason, sentAt, roundStart, validity);
    }

    private static Source sourceOf(Message message, String traceparent) {
        return new Source(message.sourceEventId(), message.sourceEventType(), message.correlationId(), message.kind(),
                traceparent);
    }

    /** Whether the sender should try it now: see {@link DueCondition}, which the store's query reads too. */
    public boolean isDueAt(Instant now) {
        return DueCondition.at(now).matches(status, nextAttemptAt);
    }

    /**
     * Records what the server answered and decides what comes next: SENT, a retry after the
     * schedule's delay, or FAILED (permanent reply, or the schedule is used up).
     */
    public DeliveryStatus recordAttempt(SmtpReply reply, Instant now, RetrySchedule schedule) {
        if (!status.awaitsSending()) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not awaiting sending");
        }
        Attempt attempt = Attempt.of(attempts.size() + 1, now, reply);
        attempts.add(attempt);
        switch (attempt.outcome()) {
            case ACCEPTED -> succeed(now);
            case PERMANENT_FAILURE -> fail("permanent SMTP failure: " + reply);
            case TRANSIENT_FAILURE -> retryOrGiveUp(reply, now, schedule);
        }
        return status;
    }

    /** Its owner confirmed, just now, that the email's cause still holds: it may be handed to SMTP. */
    public void clear(Instant now) {
        requireAwaitingSending();
        validity = validity.cleared(now);
    }

    /**
     * Its cause no longer holds (the tender was cancelled, the invitation link is dead): it is not
     * sent, ever. Not an attempt and not a failure; terminal.
     */
    public void withdraw(String reason, Instant now) {
        requireAwaitingSending();
        status = DeliveryStatus.WITHDRAWN;
        nextAttemptAt = null;
        failureReason = null;
        validity = validity.withdrawn(now, reason);
    }

    /**
     * Whether it may be sent could not be found out (its owner did not answer): it waits until
     * {@code until} with its status and attempts as they are — neither sent nor failed.
     */
    public void postpone(Instant until) {
        requireAwaitingSending();
        nextAttemptAt = until;
    }

    private void requireAwaitingSending() {
        if (!status.awaitsSending()) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not awaiting sending");
        }
    }

    private void succeed(Instant now) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        failureReason = null;
    }

    private void fail(String reason) {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
        failureReason = reason;
    }

    private void retryOrGiveUp(SmtpReply reply, Instant now, RetrySchedule schedule) {
        Optional<Duration> delay = schedule.delayAfter(attemptsThisRound());
        if (delay.isPresent()) {
            status = DeliveryStatus.RETRY_SCHEDULED;
            nextAttemptAt = now.plus(delay.get());
            failureReason = null;
        } else {
            fail("gave up after " + attemptsThisRound() + " attempts, last reply: " + reply);
        }
    }

    /** Ops send it again on purpose: due now, with a fresh retry schedule; the history stays. */
    public void resend(Instant now) {
        if (status.awaitsSending()) {
            throw new IllegalStateException("delivery " + id + " is already waiting to be sent");
        }
        if (content == null) {
            throw new IllegalStateException("delivery " + id + " was never written: " + failureReason);
        }
        if (status == DeliveryStatus.WITHDRAWN) {
            throw new IllegalStateException("delivery " + id + " was withdrawn (" + validity.withdrawalReason()
                    + "): what it tells no longer holds");
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        failureReason = null;
        roundStart = attempts.size();
        validity = validity.unchecked();
    }

    private int attemptsThisRound() {
        return attempts.size() - roundStart;
    }

    public UUID id() {
        return id;
    }

    public IdempotencyKey idempotencyKey() {
        return idempotencyKey;
    }

    public Source source() {
        return source;
    }

    public Recipient recipient() {
        return recipient;
    }

    /** Empty for an email that could not be written. */
    public Optional<EmailContent> content() {
        return Optional.ofNullable(content);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public Optional<Attempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    public DeliveryStatus status() {
        return status;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** What must still hold when it is sent; empty when nothing needs checking. */
    public Optional<Precondition> precondition() {
        return Optional.ofNullable(validity.precondition());
    }

    /** Its precondition, when the last check cleared it, and why it was withdrawn, if it was. */
    public Validity validity() {
        return validity;
    }

    /** Index of the first attempt since the last resend (0 when never resent). */
    public int roundStart() {
        return roundStart;
    }
}
