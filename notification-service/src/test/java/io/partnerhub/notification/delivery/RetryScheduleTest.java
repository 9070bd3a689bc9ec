package io.partnerhub.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    @Test
    void theDefaultDoublesFromThirtySecondsUpToThirtyMinutesForTenAttempts() {
        assertThat(RetrySchedule.DEFAULT.delays()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(30), Duration.ofMinutes(30),
                Duration.ofMinutes(30));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(RetrySchedule.DEFAULT.delayAfter(9)).contains(Duration.ofMinutes(30));
        assertThat(RetrySchedule.DEFAULT.delayAfter(10)).isEmpty();
    }

    @Test
    void aVeryLongFailureStreakStaysAtTheCap() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(5), 1000);
        assertThat(schedule.delayAfter(999)).contains(Duration.ofSeconds(5));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
