package io.partnerhub.partnership.partnership;

/** Whose payment means pay under full access (R8): the customer's own, or the partner's wallet. */
public enum PaymentMode { CUSTOMER, PARTNER }
