package io.partnerhub.billing.it;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Builds PartnerCollaboratorRightsChanged as partnership-service publishes it (version = the partner's revision). */
final class CollaboratorRightsFixture {

    private CollaboratorRightsFixture() {
    }

    static PartnerCollaboratorRightsChanged granted(String partnerId, String userId, long version, String... customers) {
        return rights(partnerId, userId, version, false, List.of(customers), false);
    }

    static PartnerCollaboratorRightsChanged grantedAllCustomers(String partnerId, String userId, long version) {
        return rights(partnerId, userId, version, true, List.of(), false);
    }

    /** partnership-service sends the rights that were removed, flagged withdrawn. */
    static PartnerCollaboratorRightsChanged withdrawn(String partnerId, String userId, long version, String... customers) {
        return rights(partnerId, userId, version, false, List.of(customers), true);
    }

    private static PartnerCollaboratorRightsChanged rights(String partnerId, String userId, long version,
                                                           boolean allCustomers, List<String> customers,
                                                           boolean withdrawn) {
        EventMetadata metadata = EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString()).setAggregateId(partnerId)
                .setAggregateVersion(version).build();
        return PartnerCollaboratorRightsChanged.newBuilder().setMetadata(metadata).setPartnerId(partnerId)
                .setCollaboratorUserId(userId).setAllCustomers(allCustomers).setCustomerIds(customers)
                .setWithdrawn(withdrawn).build();
    }
}
