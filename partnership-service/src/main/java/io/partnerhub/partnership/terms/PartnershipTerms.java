package io.partnerhub.partnership.terms;

import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.AccessLevel;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PaymentMode;

import java.time.Instant;
import java.util.List;

/**
 * The terms a live partnership is on right now. {@code version} is the partnership's revision, the
 * number its events carry as their aggregate version, so a caller can tell which event it matches.
 */
public record PartnershipTerms(String partnershipId, String partnerId, String customerId, AccessLevel accessLevel,
                               List<String> productIds, List<String> productCategories, PaymentMode paymentMode,
                               Instant startedAt, long version) {

    public static PartnershipTerms of(Partnership partnership) {
        Access access = partnership.access();
        return new PartnershipTerms(partnership.id(), partnership.partner().organizationId(),
                partnership.customer().organizationId(), access.level(),
                access.productIds().stream().sorted().toList(), access.productCategories().stream().sorted().toList(),
                access.paymentMode(), partnership.startedAt(), partnership.revision());
    }
}
