package io.partnerhub.partnership.partner;

import java.time.Instant;
import java.util.Objects;

/** Which version of the reseller terms the applicant accepted, and when (R2). */
public record ResellerTermsAcceptance(String version, Instant acceptedAt) {

    public ResellerTermsAcceptance {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("the reseller terms version must be given");
        }
    }
}
