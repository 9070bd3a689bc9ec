package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.pricing.PriceList;
import io.partnerhub.billing.pricing.Product;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a customer's live partnerships a customer's own order is attributed to. A customer may
 * have several partners (one per partner: R16). The seed is silent; we choose: a partnership with
 * full access first, otherwise the limited one covering the most lines; ties go to the oldest.
 */
public final class ManagingPartnership {

    private ManagingPartnership() {
    }

    public static Optional<PartnershipTerms> choose(List<PartnershipTerms> live, List<RequestedLine> lines, PriceList priceList) {
        Comparator<PartnershipTerms> order = Comparator
                .comparing((PartnershipTerms terms) -> terms.access() == AccessLevel.FULL ? 0 : 1)
                .thenComparing(terms -> -coveredLines(terms, lines, priceList))
                .thenComparing(terms -> terms.startedAt() == null ? Instant.MAX : terms.startedAt())
                .thenComparing(PartnershipTerms::partnershipId);
        return live.stream()
                .filter(PartnershipTerms::live)
                .filter(terms -> coveredLines(terms, lines, priceList) > 0)
                .min(order);
    }

    private static long coveredLines(PartnershipTerms terms, List<RequestedLine> lines, PriceList priceList) {
        return lines.stream().filter(line -> {
            Product product = priceList.product(line.productId());
            return terms.covers(product.id(), product.category());
        }).count();
    }
}
