package io.partnerhub.billing.order;

/** Why an order asked by a partner is refused (nothing is written). */
public enum OrderRefusal {
    /** The partner has no live partnership with this customer. */
    NO_LIVE_PARTNERSHIP,
    /** Limited access that does not include the product (R5, R7). */
    PRODUCT_NOT_GRANTED,
    /** The partner's payment means are allowed only under full access with partner payment mode (R8, R20). */
    PARTNER_MEANS_NOT_ALLOWED,
    /** The customer entrusted the partner's payment means: the partner's orders are paid by the partner. */
    CUSTOMER_MEANS_NOT_ALLOWED,
    /** A customer orders only for its own organization with its own means. */
    CUSTOMER_PAYS_ITS_OWN_ORDERS
}
