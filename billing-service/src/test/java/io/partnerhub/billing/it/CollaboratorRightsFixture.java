package io.partnerhub.billing.it;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.CollaboratorGrant;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnerState;
import io.partnerhub.events.partnership.ProgramStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Builds PartnerCollaboratorRightsChanged as partnership-service publishes it (version = the partner's
 * revision), and the partner state it writes beside it.
 */
final class CollaboratorRightsFixture {

    /** Per partner, its collaborators after each version the tests built. */
    private static final Map<String, NavigableMap<Long, Map<String, CollaboratorGrant>>> HISTORY =
            new ConcurrentHashMap<>();

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

    /**
     * The partner's whole state after {@code change}, as partnership-service writes it to the state
     * topic beside the event: every collaborator the partner has then (a withdrawn one is left out). The
     * fixture remembers each partner's collaborators at each version, so a redelivered event gives the
     * same state again and a late one the state of its own version.
     */
    static PartnerState stateAfter(PartnerCollaboratorRightsChanged change) {
        String partnerId = change.getPartnerId();
        long version = change.getMetadata().getAggregateVersion();
        NavigableMap<Long, Map<String, CollaboratorGrant>> history = HISTORY.computeIfAbsent(partnerId,
                id -> new ConcurrentSkipListMap<>());
        Map<String, CollaboratorGrant> collaborators = history.computeIfAbsent(version, v -> {
            // a change applies to the partner as it was just before it, even when it arrives late
            Map.Entry<Long, Map<String, CollaboratorGrant>> before = history.lowerEntry(v);
            Map<String, CollaboratorGrant> after = before == null ? new TreeMap<>() : new TreeMap<>(before.getValue());
            if (change.getWithdrawn()) {
                after.remove(change.getCollaboratorUserId());
            } else {
                after.put(change.getCollaboratorUserId(), CollaboratorGrant.newBuilder()
                        .setUserId(change.getCollaboratorUserId()).setAllCustomers(change.getAllCustomers())
                        .setCustomerIds(change.getCustomerIds()).build());
            }
            return after;
        });
        EventMetadata metadata = change.getMetadata();
        return PartnerState.newBuilder().setMetadata(metadata(partnerId, metadata.getAggregateVersion()))
                .setPartnerId(partnerId).setLegalName("Partner " + partnerId).setCountry("CH")
                .setWebsiteUrl("https://" + partnerId + ".example.test")
                .setContact(Recipient.newBuilder().setEmail("partner@example.test").setLanguage(Language.EN).build())
                .setAdmittedAt(metadata.getOccurredAt()).setProgramStatus(ProgramStatus.ACTIVE)
                .setListed(false).setTenderOptedIn(false)
                .setCollaborators(List.copyOf(collaborators.values()))
                .setVersion(metadata.getAggregateVersion()).setChangedAt(metadata.getOccurredAt()).build();
    }

    private static PartnerCollaboratorRightsChanged rights(String partnerId, String userId, long version,
                                                           boolean allCustomers, List<String> customers,
                                                           boolean withdrawn) {
        return PartnerCollaboratorRightsChanged.newBuilder().setMetadata(metadata(partnerId, version)).setPartnerId(partnerId)
                .setCollaboratorUserId(userId).setAllCustomers(allCustomers).setCustomerIds(customers)
                .setWithdrawn(withdrawn).build();
    }

    private static EventMetadata metadata(String partnerId, long version) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId(UUID.randomUUID().toString()).setAggregateId(partnerId)
                .setAggregateVersion(version).build();
    }
}
