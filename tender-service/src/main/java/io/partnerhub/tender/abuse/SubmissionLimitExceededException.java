package io.partnerhub.tender.abuse;

import java.time.Duration;

/** Too many submissions from this email or client address in the current window (429). */
public class SubmissionLimitExceededException extends RuntimeException {

    private final Duration retryAfter;

    public SubmissionLimitExceededException(String what, Duration retryAfter) {
        super("Too many tender requests from this " + what + "; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
