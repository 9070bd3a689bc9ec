package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.application.InvitationMessages;
import io.partnerhub.partnership.invitation.scheduling.InvitationSweeper;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.UUID;

import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.partnership.it.Scenario.full;
import static org.assertj.core.api.Assertions.assertThat;

/** A crash between the accepted invitation's write and the partnership's write loses nothing. */
@PartnershipServiceIT
class InterruptedAcceptanceIT {

    @Autowired
    RestTestClient client;
    @Autowired
    MovableClock clock;
    @Autowired
    InvitationStore invitations;
    @Autowired
    InvitationMessages messages;
    @Autowired
    PartnershipStore partnerships;
    @Autowired
    InvitationSweeper sweeper;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS, Topic.PARTNERSHIPS);
    }

    @Test
    void theSweeperFinishesAnAcceptanceWhosePartnershipWasNeverWritten() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        Versioned<Invitation> loaded = invitations.find(invitationId).orElseThrow();
        Invitation invitation = loaded.aggregate();
        var accepted = invitation.accept(null, UUID.randomUUID().toString(), clock.instant());
        invitations.updateAccepted(loaded, messages.of(invitation, null, accepted));
        // ...and the process dies here: no partnership document yet
        assertThat(partnerships.exists(invitation.partnershipId())).isFalse();

        clock.advance(Duration.ofMinutes(2));
        sweeper.sweepOnce();

        assertThat(partnerships.find(invitation.partnershipId())).isPresent();
        PartnershipStarted started = awaitEvent(Topic.PARTNERSHIPS, invitation.partnershipId(), PartnershipStarted.class);
        assertThat(started.getCustomerId()).isEqualTo(s.customerOrg);
        assertThat(awaitEvent(Topic.INVITATIONS, invitationId, InvitationAccepted.class).getPartnershipId())
                .isEqualTo(invitation.partnershipId());
        sweeper.sweepOnce();
        assertThat(PublishedEvents.of(Topic.PARTNERSHIPS, invitation.partnershipId(), PartnershipStarted.class))
                .hasSize(1);
    }
}
