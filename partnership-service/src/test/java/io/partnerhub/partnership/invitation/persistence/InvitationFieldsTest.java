package io.partnerhub.partnership.invitation.persistence;

import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationFixture;
import io.partnerhub.partnership.partnership.Access;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationFieldsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aPendingInvitationComesBackAsItWasStored() {
        Invitation pending = InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, NOW).invitation();

        assertThat(InvitationFields.from(pending).toInvitation().snapshot()).isEqualTo(pending.snapshot());
    }

    @Test
    void anAcceptedInvitationComesBackAsItWasStored() {
        Invitation accepted = InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, NOW).invitation();
        accepted.accept(Access.limited(Set.of("web-1", "web-2"), Set.of("mail")), "partnership-1", NOW.plusSeconds(60));

        assertThat(InvitationFields.from(accepted).toInvitation().snapshot()).isEqualTo(accepted.snapshot());
    }
}
