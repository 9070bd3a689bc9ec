package io.partnerhub.kit.clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A clock ahead of another by the ISO-8601 duration a file holds (missing or blank: not ahead), so a
 * test can move a running service's time on by writing the file, instead of sleeping through a
 * billing period. The file is read again at most every {@link #REREAD}. For tests and demos only:
 * {@code KitAutoConfiguration} warns when a service starts with one.
 */
public final class ShiftedClock extends Clock {

    static final Duration REREAD = Duration.ofMillis(100);

    private final Clock base;
    private final Path shiftFile;
    private final long rereadNanos;
    private volatile Duration shift = Duration.ZERO;
    private volatile long readAtNanos = Long.MIN_VALUE;

    public ShiftedClock(Clock base, Path shiftFile) {
        this(base, shiftFile, REREAD);
    }

    ShiftedClock(Clock base, Path shiftFile, Duration reread) {
        this.base = base;
        this.shiftFile = shiftFile;
        this.rereadNanos = reread.toNanos();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift());
    }

    /** The shift in force now. */
    public Duration shift() {
        long now = System.nanoTime();
        if (readAtNanos == Long.MIN_VALUE || now - readAtNanos >= rereadNanos) {
            shift = read();
            readAtNanos = now;
        }
        return shift;
    }

    private Duration read() {
        try {
            String text = Files.readString(shiftFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (NoSuchFileException e) {
            return Duration.ZERO;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the clock shift file " + shiftFile, e);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The clock shift file " + shiftFile
                    + " must hold an ISO-8601 duration such as P32D, not: " + e.getParsedString(), e);
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftedClock(base.withZone(zone), shiftFile, Duration.ofNanos(rereadNanos));
    }
}
