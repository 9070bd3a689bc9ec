package io.partnerhub.partnership.invitation;

import io.partnerhub.kit.plain.LinkSecret;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String HASH = LinkSecret.generate().hash();
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

    @Test
    void theCurrentLinkOfAPendingInvitationBeforeItsDeadlineIsLive() {
        InvitationLink link = new InvitationLink("inv-1", InvitationState.PENDING, HASH, DEADLINE);

        assertThat(link.isLiveFor(HASH, NOW)).isTrue();
        assertThat(link.isLiveFor(HASH.toUpperCase(Locale.ROOT), NOW)).isTrue();
    }

    @Test
    void anotherHashIsDead() {
        InvitationLink link = new InvitationLink("inv-1", InvitationState.PENDING, HASH, DEADLINE);

        assertThat(link.isLiveFor(LinkSecret.generate().hash(), NOW)).isFalse();
        assertThat(link.isLiveFor(HASH.substring(1), NOW)).isFalse();
        assertThat(link.isLiveFor(null, NOW)).isFalse();
    }

    @Test
    void theDeadlineKillsTheLinkBeforeTheSweeperMarksTheInvitationExpired() {
        InvitationLink link = new InvitationLink("inv-1", InvitationState.PENDING, HASH, DEADLINE);

        assertThat(link.isLiveFor(HASH, DEADLINE.minusMillis(1))).isTrue();
        assertThat(link.isLiveFor(HASH, DEADLINE)).isFalse();
    }

    @Test
    void anAnsweredCancelledOrExpiredInvitationHasNoLiveLink() {
        for (InvitationState state : InvitationState.values()) {
            if (state != InvitationState.PENDING) {
                assertThat(new InvitationLink("inv-1", state, HASH, DEADLINE).isLiveFor(HASH, NOW)).as(state.name())
                        .isFalse();
            }
        }
    }

    @Test
    void anInvitationsLinkIsItsCurrentSecret() {
        Invitation.Creation creation = InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, NOW);
        Invitation invitation = creation.invitation();
        String first = creation.event().token().hash();
        String second = invitation.resend("partner-org", NOW, InvitationPolicy.standard()).token().hash();

        InvitationLink link = new InvitationLink(invitation.id(), invitation.state(), invitation.tokenHash(),
                invitation.expiresAt());

        assertThat(link.isLiveFor(second, NOW)).isTrue();
        assertThat(link.isLiveFor(first, NOW)).isFalse();
    }
}
