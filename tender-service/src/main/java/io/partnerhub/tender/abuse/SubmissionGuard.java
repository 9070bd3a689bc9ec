package io.partnerhub.tender.abuse;

import io.partnerhub.tender.contact.EmailAddress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Counts every submission attempt per email and per client address in a fixed window and refuses
 * the ones above the limit. Keys are hashed: the counters hold no personal data.
 */
public final class SubmissionGuard {

    /** Adds one attempt for a key in a window and answers the count including it. */
    public interface AttemptCounter {
        long countAttempt(String key, FixedWindow window);
    }

    private final AttemptCounter counter;
    private final SubmissionLimits limits;
    private final Clock clock;

    public SubmissionGuard(AttemptCounter counter, SubmissionLimits limits, Clock clock) {
        this.counter = counter;
        this.limits = limits;
        this.clock = clock;
    }

    public void admit(String email, String clientAddress) {
        Instant now = clock.instant();
        FixedWindow window = FixedWindow.containing(now, limits.window());
        if (clientAddress != null
                && counter.countAttempt(key("address", clientAddress), window) > limits.perClientAddress()) {
            throw new SubmissionLimitExceededException("client address", window.remainingAfter(now));
        }
        if (email != null && counter.countAttempt(key("email", EmailAddress.normalized(email)), window) > limits.perEmail()) {
            throw new SubmissionLimitExceededException("email address", window.remainingAfter(now));
        }
    }

    static String key(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
