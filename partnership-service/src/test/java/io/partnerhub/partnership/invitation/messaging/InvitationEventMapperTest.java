package io.partnerhub.partnership.invitation.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.kit.plain.CannotOpenSealException;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.plain.SealKeyRing;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.InvitationEvents.Resent;
import io.partnerhub.partnership.invitation.InvitationFixture;
import io.partnerhub.partnership.invitation.InvitationPolicy;
import io.partnerhub.partnership.shared.DomainEvent;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every answer to an invitation, and its reminder, says who invited whom (R9/R10); the link secret
 * travels sealed for its event and opens to the secret whose hash the invitation stores.
 */
class InvitationEventMapperTest {

    private static final Instant SENT = Instant.parse("2026-11-26T10:00:00Z");
    private static final EventMetadata METADATA = EventMetadata.newBuilder().setEventId(UUID.randomUUID())
            .setOccurredAt(SENT).setCorrelationId("corr-1").setAggregateId("inv").setAggregateVersion(2).build();
    private static final LinkSecretSeal SEAL = LinkSecretSeal.withKeys(SealKeyRing.generateEntry("k1"));
    private static final LinkSecretSeal NO_KEYS = LinkSecretSeal.withKeys("");

    @Test
    void theCreatedInvitationsLinkSecretIsSealedForItsEventAndOpensToTheStoredHashsSecret() {
        Invitation.Creation creation = InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, SENT);

        InvitationCreated created = (InvitationCreated) InvitationEventMapper.toAvro(creation.invitation(),
                creation.event(), METADATA, SEAL);

        String sealed = created.getResponseToken();
        assertThat(sealed).startsWith("v1.k1.").doesNotContain(creation.event().token().value());
        String opened = SEAL.open(sealed, METADATA.getEventId().toString());
        assertThat(LinkSecret.matches(creation.invitation().tokenHash(), opened)).isTrue();
        assertThat(creation.invitation().opensWith(opened)).isTrue();
        assertThatThrownBy(() -> SEAL.open(sealed, UUID.randomUUID().toString()))
                .as("pasted into another event it does not open").isInstanceOf(CannotOpenSealException.class);
    }

    @Test
    void theResentInvitationsNewLinkSecretIsSealedAndTheOldOneNoLongerOpensIt() {
        Invitation invitation = InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, SENT).invitation();
        String oldHash = invitation.tokenHash();
        Resent resent = invitation.resend(invitation.sender().organizationId(), SENT.plusSeconds(60),
                InvitationPolicy.standard());

        InvitationResent event = (InvitationResent) InvitationEventMapper.toAvro(invitation, resent, METADATA, SEAL);

        String opened = SEAL.open(event.getResponseToken(), METADATA.getEventId().toString());
        assertThat(opened).isEqualTo(resent.token().value());
        assertThat(LinkSecret.matches(invitation.tokenHash(), opened)).isTrue();
        assertThat(LinkSecret.matches(oldHash, opened)).isFalse();
    }

    @Test
    void withoutKeysTheLinkSecretTravelsAsItIs() {
        Invitation.Creation creation = InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, SENT);

        InvitationCreated created = (InvitationCreated) InvitationEventMapper.toAvro(creation.invitation(),
                creation.event(), METADATA, NO_KEYS);

        assertThat(created.getResponseToken()).isEqualTo(creation.event().token().value());
    }

    @ParameterizedTest
    @EnumSource(InvitationDirection.class)
    void everyOutcomeEventCarriesTheDirection(InvitationDirection direction) {
        var expected = io.partnerhub.events.partnership.InvitationDirection.valueOf(direction.name());

        assertThat(outcome(direction, invitation -> invitation.accept(null, "p-1", SENT), InvitationAccepted.class)
                .getDirection()).isEqualTo(expected);
        assertThat(outcome(direction, invitation -> invitation.decline(SENT), InvitationDeclined.class)
                .getDirection()).isEqualTo(expected);
        assertThat(outcome(direction, invitation -> invitation.cancel(invitation.sender().organizationId(), SENT),
                InvitationCancelled.class).getDirection()).isEqualTo(expected);
        assertThat(outcome(direction, invitation -> invitation.remindIfDue(SENT.plus(Duration.ofDays(12))).orElseThrow(),
                InvitationExpiringSoon.class).getDirection()).isEqualTo(expected);
        assertThat(outcome(direction, invitation -> invitation.expire(SENT.plus(Duration.ofDays(14))).orElseThrow(),
                InvitationExpired.class).getDirection()).isEqualTo(expected);
    }

    private static <T extends SpecificRecord> T outcome(InvitationDirection direction,
                                                        Function<Invitation, DomainEvent> transition, Class<T> type) {
        Invitation invitation = (direction == InvitationDirection.PARTNER_TO_CUSTOMER
                ? InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, SENT)
                : InvitationFixture.fromCustomer(InvitationFixture.WEB_ONLY, SENT)).invitation();
        DomainEvent event = transition.apply(invitation);
        return type.cast(InvitationEventMapper.toAvro(invitation, event, METADATA, SEAL));
    }
}
