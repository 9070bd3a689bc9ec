package io.partnerhub.kit.clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShiftedClockTest {

    private static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");
    private final Clock base = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void withoutAFileItIsTheBaseClock() {
        assertThat(new ShiftedClock(base, directory.resolve("absent")).instant()).isEqualTo(NOW);
    }

    @Test
    void runsAheadByTheDurationTheFileHoldsAndFollowsItsChanges() throws Exception {
        Path file = directory.resolve("shift");
        Files.writeString(file, "P32D");
        ShiftedClock clock = new ShiftedClock(base, file, Duration.ZERO);
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(32)));

        Files.writeString(file, "P63D");
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(63)));
    }

    @Test
    void aFileThatIsNotADurationIsAClearError() throws Exception {
        Path file = Files.writeString(directory.resolve("shift"), "next month");
        assertThatThrownBy(() -> new ShiftedClock(base, file).instant())
                .hasMessageContaining("ISO-8601 duration");
    }
}
