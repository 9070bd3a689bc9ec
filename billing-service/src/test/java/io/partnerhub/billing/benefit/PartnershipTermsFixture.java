package io.partnerhub.billing.benefit;

import java.time.Instant;
import java.util.Set;

/** Builds partnership terms for tests. */
public final class PartnershipTermsFixture {

    public static final String PARTNER = "partner-1";
    public static final String CUSTOMER = "customer-1";

    private PartnershipTermsFixture() {
    }

    public static PartnershipTerms full(PaymentMode mode) {
        return new PartnershipTerms("ps-1", PARTNER, CUSTOMER, AccessLevel.FULL, Set.of(), Set.of(), mode, true,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static PartnershipTerms limitedTo(String... categories) {
        return new PartnershipTerms("ps-1", PARTNER, CUSTOMER, AccessLevel.LIMITED, Set.of(), Set.of(categories), null,
                true, Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static PartnershipTerms ended(PartnershipTerms terms) {
        return new PartnershipTerms(terms.partnershipId(), terms.partnerId(), terms.customerId(), terms.access(),
                terms.productIds(), terms.productCategories(), terms.paymentMode(), false, terms.startedAt());
    }
}
