package io.partnerhub.notification.delivery;

import java.util.Objects;

/** What asking an email's owner came to: send it, withdraw it (with the reason), or ask again later. */
public record Verdict(Kind kind, String reason) {

    public enum Kind {
        /** The cause still holds (or nothing needed checking): hand it to SMTP now. */
        CLEARED,
        /** The cause no longer holds: never send it. */
        WITHDRAWN,
        /** The owner could not answer: neither send nor fail it; ask again shortly. */
        UNKNOWN
    }

    public static final Verdict CLEARED = new Verdict(Kind.CLEARED, null);

    public Verdict {
        Objects.requireNonNull(kind, "kind");
    }

    public static Verdict withdrawn(String reason) {
        return new Verdict(Kind.WITHDRAWN, Objects.requireNonNull(reason, "reason"));
    }

    public static Verdict unknown(String problem) {
        return new Verdict(Kind.UNKNOWN, Objects.requireNonNull(problem, "problem"));
    }
}
