package io.partnerhub.tender.abuse;

import java.time.Duration;
import java.time.Instant;

/** The counting window an instant falls into: [start, end), aligned on the epoch. */
public record FixedWindow(Instant start, Instant end) {

    public static FixedWindow containing(Instant now, Duration length) {
        long size = length.toMillis();
        long start = Math.floorDiv(now.toEpochMilli(), size) * size;
        return new FixedWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + size));
    }

    public Duration remainingAfter(Instant now) {
        return Duration.between(now, end);
    }
}
