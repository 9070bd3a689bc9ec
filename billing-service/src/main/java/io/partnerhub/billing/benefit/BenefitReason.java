package io.partnerhub.billing.benefit;

/**
 * Why a line earned what it earned: one code per line of the R19/R20 matrix, recorded on every
 * order line and shown to the partner.
 */
public enum BenefitReason {
    /** R19: full access, customer's payment means, the customer orders. */
    R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS(Benefit.CASHBACK, Payer.CUSTOMER, true),
    /** R19: full access, customer's payment means, the partner orders for the customer with them. */
    R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS(Benefit.CASHBACK, Payer.CUSTOMER, true),
    /** R19: full access, partner's payment means, the customer orders (and pays) itself. */
    R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS(Benefit.CASHBACK, Payer.CUSTOMER, true),
    /** R20: full access, partner's payment means, the partner orders for its customer and pays. */
    R20_FULL_PARTNER_MEANS_PARTNER_ORDERS(Benefit.DISCOUNT, Payer.PARTNER, true),
    /** R19: limited access, the customer orders a product the partner manages. */
    R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT(Benefit.CASHBACK, Payer.CUSTOMER, true),
    /** Limited access, the customer orders a product the partner does not manage. */
    NONE_LIMITED_PRODUCT_NOT_MANAGED(Benefit.NONE, Payer.CUSTOMER, false),
    /** Limited access, the partner orders a granted product: customer's means, R19/R20 give nothing. */
    NONE_LIMITED_PARTNER_ORDERS(Benefit.NONE, Payer.CUSTOMER, true),
    /** The customer has no live partnership (never had one, or it ended: R25). */
    NONE_NO_LIVE_PARTNERSHIP(Benefit.NONE, Payer.CUSTOMER, false);

    private final Benefit benefit;
    private final Payer payer;
    private final boolean managedByPartner;

    BenefitReason(Benefit benefit, Payer payer, boolean managedByPartner) {
        this.benefit = benefit;
        this.payer = payer;
        this.managedByPartner = managedByPartner;
    }

    public Benefit benefit() {
        return benefit;
    }

    public Payer payer() {
        return payer;
    }

    /** The line counts towards the partner's yearly managed volume (R2). */
    public boolean managedByPartner() {
        return managedByPartner;
    }
}
