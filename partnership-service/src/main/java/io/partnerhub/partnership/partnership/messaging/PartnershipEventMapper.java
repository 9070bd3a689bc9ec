package io.partnerhub.partnership.partnership.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipAccessIncreaseDeclined;
import io.partnerhub.events.partnership.PartnershipAccessIncreaseRequested;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.events.partnership.PartnershipTerminationRequested;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipEvents.AccessChanged;
import io.partnerhub.partnership.partnership.PartnershipEvents.AccessIncreaseDeclined;
import io.partnerhub.partnership.partnership.PartnershipEvents.AccessIncreaseRequested;
import io.partnerhub.partnership.partnership.PartnershipEvents.PaymentModeChanged;
import io.partnerhub.partnership.partnership.PartnershipEvents.Started;
import io.partnerhub.partnership.partnership.PartnershipEvents.Terminated;
import io.partnerhub.partnership.partnership.PartnershipEvents.TerminationRequested;
import io.partnerhub.partnership.shared.DomainEvent;
import org.apache.avro.specific.SpecificRecord;

import static io.partnerhub.partnership.messaging.AvroValues.access;
import static io.partnerhub.partnership.messaging.AvroValues.paymentMode;
import static io.partnerhub.partnership.messaging.AvroValues.recipient;
import static io.partnerhub.partnership.messaging.AvroValues.side;

/** Partnership domain events to the Avro events of {@code Topic.PARTNERSHIPS}. */
public final class PartnershipEventMapper {

    private PartnershipEventMapper() {
    }

    public static SpecificRecord toAvro(Partnership p, DomainEvent event, EventMetadata metadata) {
        String partnerId = p.partner().organizationId();
        String customerId = p.customer().organizationId();
        if (event instanceof Started started) {
            return PartnershipStarted.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId)
                    .setPartnerName(p.partner().name()).setCustomerName(p.customer().name())
                    .setRequestedAccess(access(p.requestedAccess())).setGrantedAccess(access(p.access()))
                    .setUpgradedExistingAttachment(started.upgradedExistingAttachment()).build();
        }
        if (event instanceof AccessChanged changed) {
            return PartnershipAccessChanged.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId).setCustomerName(p.customer().name())
                    .setPreviousAccess(access(changed.previous())).setAccess(access(changed.access()))
                    .setPartnerContact(recipient(p.partner().contact())).build();
        }
        if (event instanceof PaymentModeChanged changed) {
            return PartnershipPaymentModeChanged.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId).setCustomerName(p.customer().name())
                    .setPreviousMode(paymentMode(changed.previous())).setPaymentMode(paymentMode(changed.paymentMode()))
                    .setPartnerContact(recipient(p.partner().contact())).build();
        }
        if (event instanceof AccessIncreaseRequested requested) {
            return PartnershipAccessIncreaseRequested.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId).setPartnerName(p.partner().name())
                    .setCurrentAccess(access(requested.current())).setRequestedAccess(access(requested.requested()))
                    .setCustomerContact(recipient(p.customer().contact())).build();
        }
        if (event instanceof AccessIncreaseDeclined declined) {
            return PartnershipAccessIncreaseDeclined.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId).setCustomerName(p.customer().name())
                    .setCurrentAccess(access(p.access())).setDeclinedAccess(access(declined.requested()))
                    .setPartnerContact(recipient(p.partner().contact())).build();
        }
        if (event instanceof TerminationRequested requested) {
            return PartnershipTerminationRequested.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId)
                    .setRequestedBy(side(requested.termination().requestedBy()))
                    .setConfirmBefore(requested.termination().confirmBefore()).build();
        }
        if (event instanceof Terminated terminated) {
            return PartnershipTerminated.newBuilder().setMetadata(metadata).setPartnershipId(p.id())
                    .setPartnerId(partnerId).setCustomerId(customerId)
                    .setPartnerName(p.partner().name()).setCustomerName(p.customer().name())
                    .setEndedBy(side(terminated.endedBy()))
                    .setOtherSide(recipient(p.party(terminated.endedBy().other()).contact()))
                    .setReason(terminated.reason()).build();
        }
        throw new IllegalStateException("no Avro event for " + event);
    }
}
