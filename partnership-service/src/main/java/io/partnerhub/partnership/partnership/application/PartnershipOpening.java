package io.partnerhub.partnership.partnership.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.attachment.persistence.AttachmentStore;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Writes the partnership an accepted invitation promised. Idempotent (the partnership id comes
 * from the invitation), so the sweeper can finish an opening a crash interrupted.
 */
@Service
public class PartnershipOpening {

    private final PartnershipStore partnerships;
    private final AttachmentStore attachments;
    private final PartnershipMessages messages;
    private final Clock clock;

    public PartnershipOpening(PartnershipStore partnerships, AttachmentStore attachments,
                              PartnershipMessages messages, Clock clock) {
        this.partnerships = partnerships;
        this.attachments = attachments;
        this.messages = messages;
        this.clock = clock;
    }

    public void open(Invitation accepted, Caller caller) {
        if (partnerships.exists(accepted.partnershipId())) {
            return;
        }
        boolean upgraded = attachments.attachPartner(accepted.customer().organizationId(),
                accepted.partner().organizationId(), accepted.partnershipId(), clock.instant());
        Partnership.Start start = Partnership.start(accepted.partnershipId(), accepted.id(), accepted.partner(),
                accepted.customer(), accepted.requestedAccess(), accepted.grantedAccess(), upgraded, clock.instant());
        try {
            partnerships.insert(start.partnership(), messages.of(start.partnership(), caller, List.of(start.event())));
        } catch (DuplicateKeyException e) {
            if (!partnerships.exists(accepted.partnershipId())) {
                throw e;
            }
        }
    }
}
