package io.partnerhub.billing.partnership.client;

import java.util.List;

/**
 * partnership-service's answer to {@code GET /partnership-terms}, as it is on the wire: its LIVE
 * partnerships matching the query and, when partner, customer and user were all asked, whether that
 * user may manage the customer for the partner (R5). Instants stay text (the client's JSON mapper
 * need not know java.time); {@link OwnerTerms} reads them into billing's domain types.
 */
public record OwnerAnswer(List<Partnership> partnerships, Collaborator collaborator) {

    /** One live partnership; {@code version} is its aggregate version (the same as in its events). */
    public record Partnership(String partnershipId, String partnerId, String customerId, String accessLevel,
                              List<String> productIds, List<String> productCategories, String paymentMode,
                              String startedAt, Long version) {
    }

    public record Collaborator(String userId, Boolean mayManage) {
    }
}
