package io.partnerhub.platform.local;


import java.time.Duration;
import java.time.Instant;

/** The demo's only way to wait: poll a probe until it answers or the deadline passes. */
final class Eventually {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    interface Probe<T> {
        /** The awaited value, or null while not there yet. */
        T value();
    }

    private Eventually() {
    }

    static <T> T await(Probe<T> probe, String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.value();
            if (value != null) {
                return value;
            }
            pause();
        }
        throw new DemoFailure("timed out waiting for " + what);
    }

    static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }
}
