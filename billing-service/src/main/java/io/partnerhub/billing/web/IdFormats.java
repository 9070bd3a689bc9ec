package io.partnerhub.billing.web;

import io.partnerhub.kit.web.PlatformIdFormats;

/**
 * One format per kind of id, checked at the edge (Bean Validation {@code @Pattern} on path
 * variables, query parameters and body fields, so a malformed id is a 400 problem naming it before
 * anything is looked up or stored) and shown in the OpenAPI.
 */
public final class IdFormats {

    private static final String UUID = PlatformIdFormats.UUID;

    /** Orders and renewals: {@code ord-} and a lowercase UUID, as billing generates them. */
    public static final String ORDER = "ord-" + UUID;
    public static final String ORDER_MESSAGE = "must be ord- followed by a lowercase UUID";

    /** Invoices: {@code inv-} and the id of the order invoiced. */
    public static final String INVOICE = "inv-ord-" + UUID;
    public static final String INVOICE_MESSAGE = "must be inv-ord- followed by a lowercase UUID";

    /** Subscriptions: {@code sub-} and a lowercase UUID, as billing generates them. */
    public static final String SUBSCRIPTION = "sub-" + UUID;
    public static final String SUBSCRIPTION_MESSAGE = "must be sub- followed by a lowercase UUID";

    /** Partnerships: a lowercase UUID, as partnership-service generates them. */
    public static final String PARTNERSHIP = UUID;
    public static final String PARTNERSHIP_MESSAGE = PlatformIdFormats.UUID_MESSAGE;

    /**
     * Organization ids (customers, partners), from the identity provider's {@code org} claim: the
     * format partnership-service checks.
     */
    public static final String ORGANIZATION = PlatformIdFormats.ORGANIZATION;
    public static final String ORGANIZATION_MESSAGE = PlatformIdFormats.ORGANIZATION_MESSAGE;

    private IdFormats() {
    }
}
