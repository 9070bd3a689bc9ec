package io.partnerhub.partnership.shared;

/** The two sides of a partnership. */
public enum Side {
    CUSTOMER, PARTNER;

    public Side other() {
        return this == CUSTOMER ? PARTNER : CUSTOMER;
    }
}
