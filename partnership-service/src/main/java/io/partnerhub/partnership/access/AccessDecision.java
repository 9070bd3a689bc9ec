package io.partnerhub.partnership.access;

/** The answer to "may this user act on this product of this customer, and as whom?". */
public record AccessDecision(boolean allowed, ActingAs actingAs, String reason, String partnershipId,
                             String paymentMode) {

    public enum ActingAs { CUSTOMER_ORGANIZATION, PARTNER, PARTNER_COLLABORATOR }

    static AccessDecision deny(String reason) {
        return new AccessDecision(false, null, reason, null, null);
    }
}
