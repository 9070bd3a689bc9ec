package io.partnerhub.kit.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepUpTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void aRecentAuthenticationPasses() {
        assertThatCode(() -> StepUp.requireFreshAuthentication(caller(NOW.minusSeconds(60)), FIVE_MINUTES, CLOCK))
                .doesNotThrowAnyException();
    }

    @Test
    void exactlyMaxAgeStillPasses() {
        assertThatCode(() -> StepUp.requireFreshAuthentication(caller(NOW.minus(FIVE_MINUTES)), FIVE_MINUTES, CLOCK))
                .doesNotThrowAnyException();
    }

    @Test
    void anOlderAuthenticationNeedsStepUpWithTheRfc9470Challenge() {
        assertThatThrownBy(() -> StepUp.requireFreshAuthentication(caller(NOW.minusSeconds(301)), FIVE_MINUTES, CLOCK))
                .isInstanceOfSatisfying(StepUpRequiredException.class, e -> {
                    assertThat(e.maxAge()).isEqualTo(FIVE_MINUTES);
                    assertThat(e.challenge()).matches(
                            "Bearer error=\"insufficient_user_authentication\", error_description=\"[^\"]+\", max_age=300");
                });
    }

    @Test
    void anUnknownAuthenticationTimeNeedsStepUp() {
        assertThatThrownBy(() -> StepUp.requireFreshAuthentication(caller(null), FIVE_MINUTES, CLOCK))
                .isInstanceOf(StepUpRequiredException.class);
    }

    private static Caller caller(Instant authTime) {
        return new Caller("u-1", "o-1", Set.of(Caller.LEGAL_REPRESENTATIVE), authTime);
    }
}
