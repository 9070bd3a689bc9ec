package io.partnerhub.tender.request;

import java.util.List;

/** The submission is refused as a whole; nothing was stored. */
public class InvalidTenderException extends IllegalArgumentException {

    private final transient List<FieldViolation> violations;

    public InvalidTenderException(List<FieldViolation> violations) {
        super("The tender request is invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
