package io.partnerhub.platform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClockShiftTest {

    @TempDir
    Path directory;

    @Test
    void startsNotAheadAndMovesPastTheMomentAsked() {
        ClockShift shift = ClockShift.at(directory.resolve("shift"));
        assertThat(shift.current()).isZero();

        Instant renewal = Instant.now().plus(Duration.ofDays(31));
        Instant then = shift.movePast(renewal);

        assertThat(then).isAfter(renewal).isBefore(renewal.plus(Duration.ofMinutes(2)));
        assertThat(shift.current()).isBetween(Duration.ofDays(31), Duration.ofDays(31).plusMinutes(2));
    }

    @Test
    void neverMovesBackAndKeepsTheShiftOfAnEarlierRun() throws Exception {
        Path file = directory.resolve("shift");
        ClockShift.at(file).movePast(Instant.now().plus(Duration.ofDays(60)));
        Duration ahead = ClockShift.at(file).current();

        ClockShift again = ClockShift.at(file);
        again.movePast(Instant.now().plus(Duration.ofDays(1)));

        assertThat(again.current()).isEqualTo(ahead);
        assertThat(Duration.parse(Files.readString(file))).isEqualTo(ahead);
    }
}
