package io.partnerhub.notification.it;

import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Money;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipAccessIncreaseRequested;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipSide;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.events.tender.BudgetRange;
import io.partnerhub.events.tender.TenderEndReason;
import io.partnerhub.events.tender.TenderExcerpt;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.events.tender.TenderWithdrawn;

import org.apache.avro.specific.SpecificRecordBase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Avro events as the other services publish them, for integration tests. */
final class EventFixture {

    static final Instant EXPIRES = Instant.parse("2026-12-10T09:30:00Z");
    static final String PARTNER = "Helvetic Hosting SA";
    static final String CUSTOMER = "Boulangerie Dupont";

    private EventFixture() {
    }

    static EventMetadata metadata(String aggregateId) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setCorrelationId("corr-" + aggregateId)
                .setAggregateId(aggregateId).setAggregateVersion(1).build();
    }

    static Recipient to(String email, Language language) {
        return Recipient.newBuilder().setEmail(email).setLanguage(language).setName(null).build();
    }

    static Money chf(String amount) {
        return Money.newBuilder().setAmount(new BigDecimal(amount)).setCurrency(Currency.CHF).build();
    }

    static Access full(PaymentMode mode) {
        return Access.newBuilder().setLevel(AccessLevel.FULL).setPaymentMode(mode).build();
    }

    static Access limited(String... categories) {
        return Access.newBuilder().setLevel(AccessLevel.LIMITED).setProductCategories(List.of(categories)).build();
    }

    static InvitationCreated invitationCreated(Recipient invitee, String token) {
        return InvitationCreated.newBuilder().setMetadata(metadata("inv-1")).setInvitationId("inv-1")
                .setDirection(InvitationDirection.PARTNER_TO_CUSTOMER).setPartnerId("p-1").setPartnerName(PARTNER)
                .setCustomerId("c-1").setCustomerName(CUSTOMER).setRequestedAccess(full(PaymentMode.PARTNER))
                .setExpiresAt(EXPIRES).setInvitee(invitee).setResponseToken(token).build();
    }

    static InvitationResent invitationResent(Recipient invitee) {
        return InvitationResent.newBuilder().setMetadata(metadata("inv-2")).setInvitationId("inv-2")
                .setDirection(InvitationDirection.CUSTOMER_TO_PARTNER).setPartnerName(PARTNER).setCustomerName(CUSTOMER)
                .setRequestedAccess(limited("WEB_HOSTING")).setExpiresAt(EXPIRES).setInvitee(invitee)
                .setResponseToken("tok-2").build();
    }

    static InvitationAccepted invitationAccepted(Recipient sender) {
        return InvitationAccepted.newBuilder().setMetadata(metadata("inv-3")).setInvitationId("inv-3")
                .setPartnershipId("ps-3").setPartnerId("p-1").setCustomerId("c-1").setPartnerName(PARTNER)
                .setCustomerName(CUSTOMER).setRequestedAccess(full(PaymentMode.PARTNER))
                .setGrantedAccess(limited("MAIL")).setSender(sender).build();
    }

    static InvitationDeclined invitationDeclined(Recipient sender) {
        return InvitationDeclined.newBuilder().setMetadata(metadata("inv-4")).setInvitationId("inv-4")
                .setPartnerName(PARTNER).setCustomerName(CUSTOMER).setSender(sender).build();
    }

    static InvitationCancelled invitationCancelled(Recipient invitee) {
        return InvitationCancelled.newBuilder().setMetadata(metadata("inv-5")).setInvitationId("inv-5")
                .setPartnerName(PARTNER).setCustomerName(CUSTOMER).setInvitee(invitee).build();
    }

    static InvitationExpiringSoon invitationExpiringSoon(Recipient sender) {
        return InvitationExpiringSoon.newBuilder().setMetadata(metadata("inv-6")).setInvitationId("inv-6")
                .setPartnerName(PARTNER).setCustomerName(CUSTOMER).setExpiresAt(EXPIRES).setDaysLeft(2)
                .setSender(sender).setInvitee(to("invitee-6@example.test", Language.EN)).build();
    }

    static InvitationExpired invitationExpired(Recipient sender) {
        return InvitationExpired.newBuilder().setMetadata(metadata("inv-7")).setInvitationId("inv-7")
                .setPartnerName(PARTNER).setCustomerName(CUSTOMER).setRequestedAccess(limited("MAIL"))
                .setSender(sender).build();
    }

    /** The event as partnership-service writes it now; the fixtures above leave direction null, as older events do. */
    static <T extends SpecificRecordBase> T withDirection(T invitationEvent, InvitationDirection direction) {
        invitationEvent.put("direction", direction);
        return invitationEvent;
    }

    static PartnershipAccessChanged accessChanged(Recipient partner) {
        return PartnershipAccessChanged.newBuilder().setMetadata(metadata("ps-1")).setPartnershipId("ps-1")
                .setPartnerId("p-1").setCustomerId("c-1").setCustomerName(CUSTOMER)
                .setPreviousAccess(limited("MAIL")).setAccess(full(PaymentMode.CUSTOMER)).setPartnerContact(partner)
                .build();
    }

    static PartnershipPaymentModeChanged paymentModeChanged(Recipient partner) {
        return PartnershipPaymentModeChanged.newBuilder().setMetadata(metadata("ps-2")).setPartnershipId("ps-2")
                .setPartnerId("p-1").setCustomerId("c-1").setCustomerName(CUSTOMER)
                .setPreviousMode(PaymentMode.CUSTOMER).setPaymentMode(PaymentMode.PARTNER).setPartnerContact(partner)
                .build();
    }

    static PartnershipAccessIncreaseRequested accessIncreaseRequested(Recipient customer) {
        return PartnershipAccessIncreaseRequested.newBuilder().setMetadata(metadata("ps-3"))
                .setPartnershipId("ps-3").setPartnerId("p-1").setCustomerId("c-1").setPartnerName(PARTNER)
                .setCurrentAccess(limited("MAIL")).setRequestedAccess(full(PaymentMode.CUSTOMER))
                .setCustomerContact(customer).build();
    }

    static PartnershipTerminated partnershipTerminated(Recipient otherSide) {
        return PartnershipTerminated.newBuilder().setMetadata(metadata("ps-4")).setPartnershipId("ps-4")
                .setPartnerId("p-1").setCustomerId("c-1").setPartnerName(PARTNER).setCustomerName(CUSTOMER)
                .setEndedBy(PartnershipSide.CUSTOMER).setOtherSide(otherSide).build();
    }

    static PartnerProgramStatusChanged programStatusChanged(Recipient contact) {
        return PartnerProgramStatusChanged.newBuilder().setMetadata(metadata("p-9")).setPartnerId("p-9")
                .setPreviousStatus(ProgramStatus.ACTIVE).setStatus(ProgramStatus.BELOW_THRESHOLD)
                .setYearlyVolume(chf("1500.00")).setContact(contact).build();
    }

    static TenderExcerpt excerpt(String title) {
        return TenderExcerpt.newBuilder().setTitle(title).setSummary("35 web hostings & mail for schools")
                .setProductCategories(List.of("WEB_HOSTING")).setLanguage(Language.FR).setRegion("Vaud")
                .setBudget(BudgetRange.newBuilder().setMin(chf("1800.00")).setMax(chf("2500.50")).build()).build();
    }

    static TenderSubmitted tenderSubmitted(String title, Recipient requester) {
        return TenderSubmitted.newBuilder().setMetadata(metadata("t-1")).setTenderId("t-1")
                .setExcerpt(excerpt(title)).setExpiresAt(EXPIRES).setRequester(requester)
                .setRequesterToken("cancel-token-1").build();
    }

    static TenderOffered tenderOffered(String tenderId, String partnerId, String title, Recipient partner) {
        return TenderOffered.newBuilder().setMetadata(metadata(tenderId)).setTenderId(tenderId)
                .setPartnerId(partnerId).setExcerpt(excerpt(title)).setExpiresAt(EXPIRES).setPartnerContact(partner)
                .build();
    }

    static TenderProposalSubmitted proposalSubmitted(Recipient requester) {
        return TenderProposalSubmitted.newBuilder().setMetadata(metadata("t-3")).setTenderId("t-3")
                .setProposalId("pr-1").setPartnerId("p-1").setPartnerName(PARTNER).setTenderTitle("Hosting")
                .setText("We offer 35 hostings, setup included.").setPrice(chf("208.32")).setRequester(requester)
                .build();
    }

    /** A yearly subscription's reminder, {@code payer} its payer's billing contact (null: it has none). */
    static SubscriptionRenewalReminder renewalReminder(String subscriptionId, Recipient payer) {
        return SubscriptionRenewalReminder.newBuilder().setMetadata(metadata(subscriptionId))
                .setSubscriptionId(subscriptionId).setCustomerId("c-1").setProductId("hosting-pro")
                .setProductName("Web Hosting Pro").setQuantity(35).setRenewsAt(EXPIRES).setDaysBefore(7)
                .setPayerOrganizationId("org-payer").setPayerContact(payer).build();
    }

    static SubscriptionLapsed subscriptionLapsed(String subscriptionId, LapseReason reason, Recipient payer) {
        return SubscriptionLapsed.newBuilder().setMetadata(metadata(subscriptionId)).setSubscriptionId(subscriptionId)
                .setCustomerId("c-1").setProductId("hosting-pro").setProductName("Web Hosting Pro").setQuantity(35)
                .setReason(reason).setLapsedAt(EXPIRES).setPayerOrganizationId("org-payer").setPayerContact(payer)
                .build();
    }

    static TenderWithdrawn tenderWithdrawn(Recipient partner) {
        return TenderWithdrawn.newBuilder().setMetadata(metadata("t-4")).setTenderId("t-4").setPartnerId("p-1")
                .setTenderTitle("Hosting").setReason(TenderEndReason.CANCELLED).setPartnerContact(partner).build();
    }
}
