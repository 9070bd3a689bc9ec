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
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.events.partnership.PaymentMode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Builds partnership-service's events as billing receives them. */
final class PartnershipEventsFixture {

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

    private static EventMetadata metadata(String partnershipId, long version) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setCorrelationId(UUID.randomUUID().toString())
                .setAggregateId(partnershipId).setAggregateVersion(version).build();
    }

    private static Recipient contact() {
        return Recipient.newBuilder().setEmail("partner@example.test").setLanguage(Language.EN).build();
    }
}
