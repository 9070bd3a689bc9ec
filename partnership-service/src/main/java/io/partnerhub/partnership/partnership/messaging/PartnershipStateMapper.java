package io.partnerhub.partnership.partnership.messaging;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.PartnershipState;
import io.partnerhub.events.partnership.PartnershipStatus;
import io.partnerhub.events.partnership.PendingTermination;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.partnership.Partnership;

import static io.partnerhub.partnership.messaging.AvroValues.access;
import static io.partnerhub.partnership.messaging.AvroValues.side;

/** A partnership's whole current state, for the compacted {@code Topic.PARTNERSHIP_STATES}. */
public final class PartnershipStateMapper {

    private PartnershipStateMapper() {
    }

    /** The state-topic message of {@code partnership} as it is now, keyed by its id. */
    public static OutboxMessage message(Partnership partnership, EventMetadata metadata) {
        return OutboxMessage.of(Topic.PARTNERSHIP_STATES, partnership.id(), toAvro(partnership, metadata));
    }

    public static PartnershipState toAvro(Partnership p, EventMetadata metadata) {
        var termination = p.pendingTermination();
        return PartnershipState.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                .setPartnerId(p.partner().organizationId()).setPartnerName(p.partner().name())
                .setCustomerId(p.customer().organizationId()).setCustomerName(p.customer().name())
                .setAccess(access(p.access()))
                .setStatus(p.isLive() ? PartnershipStatus.LIVE : PartnershipStatus.ENDED)
                .setPendingAccessIncrease(p.pendingIncrease() == null ? null : access(p.pendingIncrease().requested()))
                .setPendingTermination(termination == null ? null : PendingTermination.newBuilder()
                        .setRequestedBy(side(termination.requestedBy()))
                        .setConfirmBefore(termination.confirmBefore()).build())
                .setStartedAt(p.startedAt()).setEndedAt(p.endedAt())
                .setEndedBy(p.endedBy() == null ? null : side(p.endedBy()))
                .setVersion(p.revision()).setChangedAt(metadata.getOccurredAt()).build();
    }
}
