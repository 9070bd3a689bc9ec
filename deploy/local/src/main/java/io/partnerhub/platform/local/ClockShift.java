package io.partnerhub.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The file a service's {@code CLOCK_SHIFT_FILE} names: how far its clock runs ahead of the system's,
 * as an ISO-8601 duration. Moving it on lets a renewal date pass at once; it never moves back (a
 * service's leases and deadlines were taken on the time it had).
 */
public final class ClockShift {

    private final Path file;

    private ClockShift(Path file) {
        this.file = file;
    }

    /** The file, created not ahead if it does not exist yet (an existing one keeps its shift). */
    public static ClockShift at(Path file) {
        ClockShift shift = new ClockShift(file);
        if (!Files.exists(file)) {
            shift.write(Duration.ZERO);
        }
        return shift;
    }

    public Path file() {
        return file;
    }

    /** How far ahead the clock is now. */
    public synchronized Duration current() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shifted clock's time now. */
    public Instant now() {
        return Instant.now().plus(current());
    }

    /** Moves the clock on until it is a minute past {@code moment} (not at all if it already is); its time then. */
    public synchronized Instant movePast(Instant moment) {
        Duration needed = Duration.between(Instant.now(), moment).plusMinutes(1);
        if (needed.compareTo(current()) > 0) {
            write(needed);
        }
        return now();
    }

    private void write(Duration shift) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, shift.toString(), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
