package io.partnerhub.partnership.invitation.application;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.eventing.Outbox;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.events.InvitationEventMapper;
import io.partnerhub.partnership.shared.DomainEvent;
import org.springframework.stereotype.Component;

import java.util.List;

/** An invitation's domain events as outbox messages keyed by the invitation id. */
@Component
public class InvitationMessages {

    private final Outbox outbox;

    public InvitationMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<OutboxMessage> of(Invitation invitation, Caller caller, DomainEvent event) {
        return List.of(outbox.message(Topic.INVITATIONS, invitation.id(), InvitationEventMapper.toAvro(invitation,
                event, outbox.metadata(invitation.id(), invitation.revision(), caller))));
    }
}
