package io.partnerhub.billing.benefit;

import io.partnerhub.billing.pricing.ProductCategory;

/**
 * The R19/R20 matrix: given the partnership (or none), who orders and the product, which benefit
 * applies and why. Cashback and discount are never both given for one line (one reason per line).
 * A partner ordering a product its limited access does not cover is refused before this is asked.
 */
public final class BenefitPolicy {

    public BenefitReason decide(PartnershipTerms terms, Orderer orderer, String productId, ProductCategory category) {
        if (terms == null || !terms.live()) {
            if (orderer == Orderer.PARTNER) {
                throw new IllegalStateException("A partner orders only within a live partnership");
            }
            return BenefitReason.NONE_NO_LIVE_PARTNERSHIP;
        }
        if (terms.access() == AccessLevel.LIMITED) {
            return limited(terms, orderer, productId, category);
        }
        return full(terms.paymentMode(), orderer);
    }

    private BenefitReason limited(PartnershipTerms terms, Orderer orderer, String productId, ProductCategory category) {
        boolean managed = terms.covers(productId, category);
        if (orderer == Orderer.PARTNER) {
            if (!managed) {
                throw new IllegalStateException("Product not granted to the partner: " + productId);
            }
            return BenefitReason.NONE_LIMITED_PARTNER_ORDERS;
        }
        return managed ? BenefitReason.R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT
                : BenefitReason.NONE_LIMITED_PRODUCT_NOT_MANAGED;
    }

    private BenefitReason full(PaymentMode paymentMode, Orderer orderer) {
        if (paymentMode == PaymentMode.PARTNER) {
            return orderer == Orderer.PARTNER ? BenefitReason.R20_FULL_PARTNER_MEANS_PARTNER_ORDERS
                    : BenefitReason.R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS;
        }
        return orderer == Orderer.PARTNER ? BenefitReason.R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS
                : BenefitReason.R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS;
    }
}
