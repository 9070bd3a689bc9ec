package io.partnerhub.tender.request;

/** OPEN until the requester cancels it (R31) or its validity runs out (R32). */
public enum TenderStatus {
    OPEN, CANCELLED, EXPIRED
}
