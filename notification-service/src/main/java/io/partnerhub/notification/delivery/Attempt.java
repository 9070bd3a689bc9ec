package io.partnerhub.notification.delivery;

import java.time.Instant;

/** One try to hand an email to SMTP: when, what the server said, what that means. */
public record Attempt(int number, Instant at, SmtpReply reply, AttemptOutcome outcome) {

    public static Attempt of(int number, Instant at, SmtpReply reply) {
        return new Attempt(number, at, reply, reply.outcome());
    }
}
