package io.partnerhub.partnership.shared;

/** A business rule refused the change: the request conflicts with the current state. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
