package io.partnerhub.billing.it;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipSide;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PartnershipState;
import io.partnerhub.events.partnership.PartnershipStatus;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.events.partnership.PaymentMode;
import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Builds partnership-service's events, and the states it writes beside them, as billing receives them. */
final class PartnershipEventsFixture {

    /** Per partnership, its state after each version the tests built. */
    private static final Map<String, NavigableMap<Long, PartnershipState>> HISTORY = new ConcurrentHashMap<>();

    private PartnershipEventsFixture() {
    }

    static Access full(PaymentMode mode) {
        return Access.newBuilder().setLevel(AccessLevel.FULL).setPaymentMode(mode).build();
    }

    static Access limited(String... categories) {
        return Access.newBuilder().setLevel(AccessLevel.LIMITED).setProductCategories(List.of(categories)).build();
    }

    static PartnershipStarted started(String partnershipId, String partnerId, String customerId, Access access) {
        return PartnershipStarted.newBuilder().setMetadata(metadata(partnershipId, 1)).setPartnershipId(partnershipId)
                .setPartnerId(partnerId).setCustomerId(customerId).setPartnerName("Partner " + partnerId)
                .setCustomerName("Customer " + customerId).setRequestedAccess(access).setGrantedAccess(access).build();
    }

    static PartnershipAccessChanged accessChanged(PartnershipStarted started, long version, Access access) {
        return PartnershipAccessChanged.newBuilder().setMetadata(metadata(started.getPartnershipId(), version))
                .setPartnershipId(started.getPartnershipId()).setPartnerId(started.getPartnerId())
                .setCustomerId(started.getCustomerId()).setCustomerName(started.getCustomerName())
                .setPreviousAccess(started.getGrantedAccess()).setAccess(access).setPartnerContact(contact()).build();
    }

    static PartnershipPaymentModeChanged paymentModeChanged(PartnershipStarted started, long version, PaymentMode mode) {
        return PartnershipPaymentModeChanged.newBuilder().setMetadata(metadata(started.getPartnershipId(), version))
                .setPartnershipId(started.getPartnershipId()).setPartnerId(started.getPartnerId())
                .setCustomerId(started.getCustomerId()).setCustomerName(started.getCustomerName())
                .setPreviousMode(mode == PaymentMode.PARTNER ? PaymentMode.CUSTOMER : PaymentMode.PARTNER)
                .setPaymentMode(mode).setPartnerContact(contact()).build();
    }

    static PartnershipTerminated terminated(PartnershipStarted started, long version) {
        return PartnershipTerminated.newBuilder().setMetadata(metadata(started.getPartnershipId(), version))
                .setPartnershipId(started.getPartnershipId()).setPartnerId(started.getPartnerId())
                .setCustomerId(started.getCustomerId()).setPartnerName(started.getPartnerName())
                .setCustomerName(started.getCustomerName()).setEndedBy(PartnershipSide.CUSTOMER)
                .setOtherSide(contact()).build();
    }

    /**
     * The partnership's whole state after {@code event}, as partnership-service writes it to the state
     * topic beside the event. The fixture remembers each partnership's state at each version, so a
     * redelivered event gives the same state again and a late one the state of its own version.
     */
    static PartnershipState stateAfter(SpecificRecord event) {
        EventMetadata metadata = (EventMetadata) event.get(0);
        String id = metadata.getAggregateId();
        PartnershipState.Builder next;
        if (event instanceof PartnershipStarted started) {
            next = PartnershipState.newBuilder().setPartnershipId(id).setPartnerId(started.getPartnerId())
                    .setPartnerName(started.getPartnerName()).setCustomerId(started.getCustomerId())
                    .setCustomerName(started.getCustomerName()).setAccess(started.getGrantedAccess())
                    .setStatus(PartnershipStatus.LIVE).setStartedAt(metadata.getOccurredAt());
        } else {
            NavigableMap<Long, PartnershipState> history = HISTORY.getOrDefault(id, new TreeMap<>());
            // a change applies to the partnership as it was just before it, even when it arrives late
            Map.Entry<Long, PartnershipState> before = history.lowerEntry(metadata.getAggregateVersion());
            if (before == null) {
                throw new IllegalStateException("send the partnership's PartnershipStarted first: " + id);
            }
            PartnershipState last = before.getValue();
            next = PartnershipState.newBuilder(last);
            if (event instanceof PartnershipAccessChanged changed) {
                next.setAccess(changed.getAccess());
            } else if (event instanceof PartnershipPaymentModeChanged changed) {
                next.setAccess(Access.newBuilder(last.getAccess()).setPaymentMode(changed.getPaymentMode()).build());
            } else if (event instanceof PartnershipTerminated terminated) {
                next.setStatus(PartnershipStatus.ENDED).setEndedAt(metadata.getOccurredAt())
                        .setEndedBy(terminated.getEndedBy());
            } else {
                throw new IllegalArgumentException("no state change for " + event.getSchema().getName());
            }
        }
        PartnershipState state = next.setMetadata(metadata(id, metadata.getAggregateVersion()))
                .setVersion(metadata.getAggregateVersion()).setChangedAt(metadata.getOccurredAt()).build();
        return HISTORY.computeIfAbsent(id, key -> new ConcurrentSkipListMap<>())
                .computeIfAbsent(state.getVersion(), version -> state);
    }

    private static EventMetadata metadata(String partnershipId, long version) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setCorrelationId(UUID.randomUUID().toString())
                .setAggregateId(partnershipId).setAggregateVersion(version).build();
    }

    private static Recipient contact() {
        return Recipient.newBuilder().setEmail("partner@example.test").setLanguage(Language.EN).build();
    }
}
