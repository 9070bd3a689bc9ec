package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.tender.TenderExcerpt;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.plain.SealKeyRing;
import io.partnerhub.notification.message.Message;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emailed link carries the secret the producer sealed; what cannot be opened is poison. */
class LinkSecretsTest {

    private static final String SECRET = LinkSecret.generate().value();

    private final String producerKey = SealKeyRing.generateEntry("k2");
    private final LinkSecretSeal producerSeal = LinkSecretSeal.withKeys(producerKey);
    /** Mid-rotation: a new key k3 seals, k2 still opens. */
    private final LinkSecretSeal ours = LinkSecretSeal.withKeys(SealKeyRing.generateEntry("k3") + "," + producerKey);
    private final PublicLinks links = new PublicLinks("https://partners.example.test", "https://tenders.example.test");

    @Test
    void aSealedInvitationSecretIsOpenedIntoTheLink() {
        EventMetadata metadata = metadata();
        InvitationCreated event = invitationCreated(metadata, producerSeal.seal(SECRET, eventId(metadata)));

        Message message = partnershipMessages(ours).of(event).get(0);

        assertThat(message.data().get("respondLink"))
                .isEqualTo("https://partners.example.test/public/invitation-links/" + SECRET);
    }

    @Test
    void aSealedTenderSecretIsOpenedIntoTheLink() {
        EventMetadata metadata = metadata();
        TenderSubmitted event = tenderSubmitted(metadata, producerSeal.seal(SECRET, eventId(metadata)));

        Message message = new TenderMessages(links, new LinkSecrets(ours)).of(event).get(0);

        assertThat(message.data().get("cancelLink"))
                .isEqualTo("https://tenders.example.test/public/tender-links/" + SECRET);
    }

    @Test
    void anUnsealedSecretFromBeforeSealingIsUsedAsItIs() {
        Message message = partnershipMessages(ours).of(invitationCreated(metadata(), SECRET)).get(0);

        assertThat(message.data().get("respondLink"))
                .isEqualTo("https://partners.example.test/public/invitation-links/" + SECRET);
    }

    @Test
    void aSealedSecretThatCannotBeOpenedIsPoisonWithTheReason() {
        EventMetadata metadata = metadata();
        String sealedForAnotherEvent = producerSeal.seal(SECRET, UUID.randomUUID().toString());
        String sealedWithAnUnknownKey = LinkSecretSeal.withKeys(SealKeyRing.generateEntry("k9"))
                .seal(SECRET, eventId(metadata));

        assertThatThrownBy(() -> partnershipMessages(ours).of(invitationCreated(metadata, sealedForAnotherEvent)))
                .isInstanceOf(PoisonEventException.class).hasNoCause()
                .hasMessage("InvitationCreated.responseToken of event " + metadata.getEventId()
                        + " cannot be opened: sealed value does not authenticate with key 'k2': tampered with, "
                        + "or sealed for another event");
        assertThatThrownBy(() -> new TenderMessages(links, new LinkSecrets(ours))
                .of(tenderSubmitted(metadata, sealedWithAnUnknownKey)))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageEndingWith("cannot be opened: sealed with key id 'k9', which is not in the key ring [k3, k2]");
    }

    private PartnershipMessages partnershipMessages(LinkSecretSeal seal) {
        return new PartnershipMessages(links, new LinkSecrets(seal));
    }

    private static String eventId(EventMetadata metadata) {
        return metadata.getEventId().toString();
    }

    private static EventMetadata metadata() {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.parse("2026-11-26T10:00:00Z"))
                .setCorrelationId("corr").setAggregateId("agg-1").setAggregateVersion(1).build();
    }

    private static Recipient recipient() {
        return Recipient.newBuilder().setEmail("anne@example.test").setLanguage(Language.EN).build();
    }

    private static InvitationCreated invitationCreated(EventMetadata metadata, String token) {
        return InvitationCreated.newBuilder().setMetadata(metadata).setInvitationId("inv-1")
                .setDirection(InvitationDirection.PARTNER_TO_CUSTOMER).setPartnerId("p-1").setPartnerName("Helvetic")
                .setCustomerId("c-1").setCustomerName("Dupont")
                .setRequestedAccess(io.partnerhub.events.partnership.Access.newBuilder().setLevel(AccessLevel.FULL)
                        .build())
                .setExpiresAt(Instant.parse("2026-12-10T09:30:00Z")).setInvitee(recipient()).setResponseToken(token)
                .build();
    }

    private static TenderSubmitted tenderSubmitted(EventMetadata metadata, String token) {
        return TenderSubmitted.newBuilder().setMetadata(metadata).setTenderId("t-1")
                .setExcerpt(TenderExcerpt.newBuilder().setTitle("Hosting").setSummary("35 web hostings")
                        .setProductCategories(List.of("web-hosting")).setLanguage(Language.EN).build())
                .setExpiresAt(Instant.parse("2026-12-10T09:30:00Z")).setRequester(recipient())
                .setRequesterToken(token).build();
    }
}
