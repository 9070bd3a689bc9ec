package io.partnerhub.tender.abuse;

import io.partnerhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubmissionGuardTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:15:00Z");
    Map<String, Long> counters = new HashMap<>();
    SubmissionGuard guard = new SubmissionGuard(
            (key, window) -> counters.merge(key + "@" + window.start(), 1L, Long::sum), SubmissionLimits.standard(), clock);

    @Test
    void fivePerHourPerEmailThenRefusedUntilTheNextWindow() {
        for (int i = 0; i < 5; i++) {
            guard.admit("Anne@Example.ch", "10.0.0." + i);
        }

        SubmissionLimitExceededException refused = catchThrowableOfType(SubmissionLimitExceededException.class,
                () -> guard.admit("anne@example.ch", "10.0.0.9"));
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(45));

        clock.advance(Duration.ofMinutes(45));
        guard.admit("anne@example.ch", "10.0.0.9");
    }

    @Test
    void twentyPerHourPerClientAddress() {
        for (int i = 0; i < 20; i++) {
            guard.admit("user" + i + "@example.ch", "192.0.2.1");
        }

        assertThatThrownBy(() -> guard.admit("other@example.ch", "192.0.2.1"))
                .isInstanceOf(SubmissionLimitExceededException.class).hasMessageContaining("client address");
    }

    @Test
    void countersHoldNoPersonalData() {
        guard.admit("anne@example.ch", "192.0.2.1");

        assertThat(counters.keySet()).noneMatch(k -> k.contains("anne") || k.contains("192.0.2.1"));
    }

    @Test
    void windowsAreAlignedOnTheHour() {
        FixedWindow window = FixedWindow.containing(clock.instant(), Duration.ofHours(1));

        assertThat(window.start()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(window.end()).isEqualTo("2026-11-26T11:00:00Z");
    }
}
