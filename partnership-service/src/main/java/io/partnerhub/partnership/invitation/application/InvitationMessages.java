package io.partnerhub.partnership.invitation.application;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.messaging.Outbox;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.messaging.InvitationEventMapper;
import io.partnerhub.partnership.audit.AuditTrail;
import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.persistence.Recorded;
import org.springframework.stereotype.Component;

import java.util.List;

/** An invitation's domain events as outbox messages keyed by the invitation id. */
@Component
public class InvitationMessages {

    private final Outbox outbox;
    private final LinkSecretSeal seal;

    public InvitationMessages(Outbox outbox, LinkSecretSeal seal) {
        this.outbox = outbox;
        this.seal = seal;
    }

    /** The event to publish and its audit entry, stored in the same write as the change. */
    public Recorded of(Invitation invitation, Caller caller, DomainEvent event) {
        var metadata = outbox.metadata(invitation.id(), invitation.revision(), caller);
        return new Recorded(
                List.of(outbox.message(Topic.INVITATIONS, invitation.id(),
                        InvitationEventMapper.toAvro(invitation, event, metadata, seal))),
                List.of(AuditTrail.entry(event, metadata.getOccurredAt(), metadata.getActorUserId(),
                        metadata.getActorOrganizationId())));
    }
}
