package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderExcerpt;
import io.partnerhub.events.tender.TenderExpired;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderRevealed;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.plain.SealKeyRing;
import io.partnerhub.notification.delivery.CauseEnded;
import io.partnerhub.notification.message.Precondition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which emails need which check, and which events end the cause of waiting emails. */
class PreconditionsTest {

    private static final String SECRET = LinkSecret.generate().value();
    private static final Instant EXPIRES = Instant.parse("2026-12-10T09:30:00Z");

    private final LinkSecretSeal seal = LinkSecretSeal.withKeys(SealKeyRing.generateEntry("k1"));
    private final PublicLinks links = new PublicLinks("https://partners.example.test", "https://tenders.example.test");
    private final PartnershipMessages partnership = new PartnershipMessages(links, new LinkSecrets(seal));
    private final TenderMessages tender = new TenderMessages(links, new LinkSecrets(seal));
    private final CauseEndings endings = new CauseEndings(new LinkSecrets(seal));

    @Test
    void anInvitationEmailNeedsItsLinkLiveNamedByTheHashOfTheOpenedSecret() {
        EventMetadata metadata = metadata();
        InvitationCreated created = InvitationCreated.newBuilder().setMetadata(metadata).setInvitationId("inv-1")
                .setDirection(InvitationDirection.PARTNER_TO_CUSTOMER).setPartnerId("p-1").setPartnerName("Helvetic")
                .setCustomerId("c-1").setCustomerName("Dupont").setRequestedAccess(full()).setExpiresAt(EXPIRES)
                .setInvitee(recipient()).setResponseToken(seal.seal(SECRET, metadata.getEventId().toString())).build();

        assertThat(partnership.of(created).get(0).precondition())
                .isEqualTo(new Precondition.InvitationLinkLive("inv-1", LinkSecret.hashOf(SECRET)));
    }

    @Test
    void aResentInvitationsEmailNeedsItsNewLinkLiveAndTheResendEndsEveryOtherLink() {
        InvitationResent resent = resent(SECRET);
        String newHash = LinkSecret.hashOf(SECRET);

        assertThat(partnership.of(resent).get(0).precondition())
                .isEqualTo(new Precondition.InvitationLinkLive("inv-2", newHash));
        assertThat(endings.of(resent)).containsExactly(new CauseEnded.InvitationRelinked("inv-2", newHash));
    }

    @Test
    void anExcerptNeedsItsTenderOpen() {
        TenderOffered offered = TenderOffered.newBuilder().setMetadata(metadata()).setTenderId("t-9").setPartnerId("p-1")
                .setExcerpt(TenderExcerpt.newBuilder().setTitle("Hosting").setSummary("35 web hostings")
                        .setProductCategories(List.of("WEB_HOSTING")).setLanguage(Language.EN).build())
                .setExpiresAt(EXPIRES).setPartnerContact(recipient()).build();

        assertThat(tender.of(offered).get(0).precondition()).isEqualTo(new Precondition.TenderOpen("t-9"));
    }

    @Test
    void emailsWithoutALinkToAStateThatMayBeTakenBackNeedNoCheck() {
        InvitationExpiringSoon reminder = InvitationExpiringSoon.newBuilder().setMetadata(metadata())
                .setInvitationId("inv-3").setPartnerName("Helvetic").setCustomerName("Dupont").setExpiresAt(EXPIRES)
                .setDaysLeft(1).setSender(recipient()).setInvitee(recipient()).build();
        InvitationCancelled cancelled = InvitationCancelled.newBuilder().setMetadata(metadata()).setInvitationId("inv-4")
                .setPartnerName("Helvetic").setCustomerName("Dupont").setInvitee(recipient()).build();

        assertThat(partnership.of(reminder).get(0).precondition()).as("the reminder carries no link").isNull();
        assertThat(partnership.of(cancelled).get(0).precondition()).isNull();
    }

    @Test
    void closingEventsEndTheirCauses() {
        assertThat(endings.of(TenderCancelled.newBuilder().setMetadata(metadata()).setTenderId("t-1").build()))
                .containsExactly(new CauseEnded.TenderClosed("t-1", "TenderCancelled"));
        assertThat(endings.of(TenderExpired.newBuilder().setMetadata(metadata()).setTenderId("t-2").build()))
                .containsExactly(new CauseEnded.TenderClosed("t-2", "TenderExpired"));
        assertThat(endings.of(InvitationCancelled.newBuilder().setMetadata(metadata()).setInvitationId("inv-4")
                .setPartnerName("Helvetic").setCustomerName("Dupont").setInvitee(recipient()).build()))
                .containsExactly(new CauseEnded.InvitationClosed("inv-4", "InvitationCancelled"));
        assertThat(endings.of(TenderRevealed.newBuilder().setMetadata(metadata()).setTenderId("t-1").setPartnerId("p-1")
                .setRevealCount(1).build())).isEmpty();
    }

    private InvitationResent resent(String secret) {
        EventMetadata metadata = metadata();
        return InvitationResent.newBuilder().setMetadata(metadata).setInvitationId("inv-2")
                .setDirection(InvitationDirection.CUSTOMER_TO_PARTNER).setPartnerName("Helvetic").setCustomerName("Dupont")
                .setRequestedAccess(full()).setExpiresAt(EXPIRES).setInvitee(recipient())
                .setResponseToken(seal.seal(secret, metadata.getEventId().toString())).build();
    }

    private static Access full() {
        return Access.newBuilder().setLevel(AccessLevel.FULL).build();
    }

    private static EventMetadata metadata() {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.parse("2026-11-26T10:00:00Z"))
                .setCorrelationId("corr").setAggregateId("agg-1").setAggregateVersion(1).build();
    }

    private static Recipient recipient() {
        return Recipient.newBuilder().setEmail("anne@example.test").setLanguage(Language.EN).build();
    }
}
