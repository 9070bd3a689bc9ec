package io.partnerhub.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Capped exponential backoff after transient failures: the first retry waits
 * {@code firstDelay}, each next one twice as long, never more than {@code maxDelay}; after
 * {@code maxAttempts} attempts in all the email is given up. The default (30 s, 1 min, 2 min,
 * 4 min, 8 min, 16 min, then 30 min; 10 attempts) spans about 2 h 31 min of SMTP trouble.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(30), 10);

    public RetrySchedule {
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** How long to wait after the given number of failed attempts; empty when it is time to give up. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** Every wait of a delivery that never gets through, in order (for docs and ops). */
    public List<Duration> delays() {
        List<Duration> delays = new ArrayList<>();
        for (int failed = 1; failed < maxAttempts; failed++) {
            delays.add(delayAfter(failed).orElseThrow());
        }
        return delays;
    }
}
