package io.partnerhub.partnership.invitation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationPolicyTest {

    @Test
    void standardIs14DaysWithRemindersAt3And1DaysBefore() {
        InvitationPolicy policy = InvitationPolicy.standard();
        assertThat(policy.validity()).isEqualTo(Duration.ofDays(14));
        assertThat(policy.remindersBefore()).containsExactly(Duration.ofDays(3), Duration.ofDays(1));
    }

    @Test
    void dropsRemindersThatWouldComeBeforeTheInvitationAndOrdersTheRest() {
        InvitationPolicy policy = new InvitationPolicy(Duration.ofDays(2),
                List.of(Duration.ofHours(1), Duration.ofDays(3), Duration.ofDays(1)));
        assertThat(policy.remindersBefore()).containsExactly(Duration.ofDays(1), Duration.ofHours(1));
    }

    @Test
    void validityMustBePositive() {
        assertThatThrownBy(() -> new InvitationPolicy(Duration.ZERO, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
