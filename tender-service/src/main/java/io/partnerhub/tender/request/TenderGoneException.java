package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.GoneException;

/**
 * The request was cancelled or has expired: nobody may reveal it or propose any more (410 Gone).
 * Carries which of the two ended it.
 */
public class TenderGoneException extends GoneException {

    private final TenderStatus reason;

    public TenderGoneException(String tenderId, TenderStatus reason) {
        super("Request " + tenderId + " is no longer valid: " + reason.name().toLowerCase());
        this.reason = reason;
    }

    public TenderStatus reason() {
        return reason;
    }
}
