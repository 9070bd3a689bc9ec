package io.partnerhub.partnership.invitation.events;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.InvitationFixture;
import io.partnerhub.partnership.shared.DomainEvent;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer to an invitation, and its reminder, says who invited whom (R9/R10). */
class InvitationEventMapperTest {

    private static final Instant SENT = Instant.parse("2026-11-26T10:00:00Z");
    private static final EventMetadata METADATA = EventMetadata.newBuilder().setEventId(UUID.randomUUID())
            .setOccurredAt(SENT).setCorrelationId("corr-1").setAggregateId("inv").setAggregateVersion(2).build();

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
        return type.cast(InvitationEventMapper.toAvro(invitation, event, METADATA));
    }
}
