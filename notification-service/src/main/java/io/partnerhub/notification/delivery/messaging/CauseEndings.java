package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCancelled;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderExpired;
import io.partnerhub.events.tender.TenderWithdrawn;
import io.partnerhub.notification.delivery.CauseEnded;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The consumed events that end the cause of emails that may still be waiting: a tender that
 * closed voids its excerpts; an invitation answered, cancelled or expired kills its links; a
 * resent one kills every link but the new one. Other events end nothing.
 */
@Component
class CauseEndings {

    private final LinkSecrets secrets;

    CauseEndings(LinkSecrets secrets) {
        this.secrets = secrets;
    }

    List<CauseEnded> of(SpecificRecord event) {
        if (event instanceof TenderCancelled e) {
            return List.of(new CauseEnded.TenderClosed(e.getTenderId(), "TenderCancelled"));
        }
        if (event instanceof TenderExpired e) {
            return List.of(new CauseEnded.TenderClosed(e.getTenderId(), "TenderExpired"));
        }
        if (event instanceof TenderWithdrawn e) {
            return List.of(new CauseEnded.TenderClosed(e.getTenderId(), "TenderWithdrawn"));
        }
        if (event instanceof InvitationAccepted e) {
            return List.of(new CauseEnded.InvitationClosed(e.getInvitationId(), "InvitationAccepted"));
        }
        if (event instanceof InvitationDeclined e) {
            return List.of(new CauseEnded.InvitationClosed(e.getInvitationId(), "InvitationDeclined"));
        }
        if (event instanceof InvitationCancelled e) {
            return List.of(new CauseEnded.InvitationClosed(e.getInvitationId(), "InvitationCancelled"));
        }
        if (event instanceof InvitationExpired e) {
            return List.of(new CauseEnded.InvitationClosed(e.getInvitationId(), "InvitationExpired"));
        }
        if (event instanceof InvitationResent e) {
            var live = LinkSecrets.liveLink(e.getInvitationId(),
                    secrets.open(e.getResponseToken(), e.getMetadata(), e, "responseToken"));
            return live == null ? List.of() : List.of(new CauseEnded.InvitationRelinked(live.invitationId(), live.tokenHash()));
        }
        return List.of();
    }
}
