package io.partnerhub.kit.kafka;

/**
 * The consumed event itself is unusable (inconsistent, refers to nothing, breaks a rule):
 * retrying cannot help, so it goes straight to the dead-letter topic with this message as reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
