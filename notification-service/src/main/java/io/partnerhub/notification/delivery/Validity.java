package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Precondition;

import java.time.Instant;

/**
 * What an email's cause depends on and what checking it last came to: the {@link Precondition}
 * (null: nothing to check), when a check last cleared it for sending, and — once it no longer
 * held — when and why the email was withdrawn.
 */
public record Validity(Precondition precondition, Instant clearedAt, Instant withdrawnAt, String withdrawalReason) {

    public static Validity of(Precondition precondition) {
        return new Validity(precondition, null, null, null);
    }

    Validity cleared(Instant at) {
        return new Validity(precondition, at, withdrawnAt, withdrawalReason);
    }

    Validity withdrawn(Instant at, String reason) {
        return new Validity(precondition, clearedAt, at, reason);
    }

    Validity unchecked() {
        return new Validity(precondition, null, null, null);
    }
}
