package io.partnerhub.partnership.invitation;

import java.time.Duration;
import java.util.List;

/**
 * How long invitations live (default 14 days) and when the "expiring soon" reminders go out
 * (default 3 days and 1 day before the deadline).
 */
public record InvitationPolicy(Duration validity, List<Duration> remindersBefore) {

    public InvitationPolicy {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        remindersBefore = remindersBefore.stream().filter(r -> r.compareTo(validity) < 0)
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public static InvitationPolicy standard() {
        return new InvitationPolicy(Duration.ofDays(14), List.of(Duration.ofDays(3), Duration.ofDays(1)));
    }
}
