package io.partnerhub.partnership.partnership.application;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.messaging.Outbox;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.messaging.PartnershipEventMapper;
import io.partnerhub.partnership.partnership.messaging.PartnershipStateMapper;
import io.partnerhub.partnership.audit.AuditEntry;
import io.partnerhub.partnership.audit.AuditTrail;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.persistence.Recorded;

import java.util.ArrayList;
import org.springframework.stereotype.Component;

import java.util.List;

/** A partnership's domain events as outbox messages keyed by the partnership id. */
@Component
public class PartnershipMessages {

    private final Outbox outbox;

    public PartnershipMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The events to publish, then the partnership's new whole state for the state topic, and their audit
     * entries: all stored in the same write as the change.
     */
    public Recorded of(Partnership partnership, Caller caller, List<? extends DomainEvent> events) {
        List<OutboxMessage> messages = new ArrayList<>();
        List<AuditEntry> history = new ArrayList<>();
        for (DomainEvent event : events) {
            var metadata = outbox.metadata(partnership.id(), partnership.revision(), caller);
            messages.add(outbox.message(Topic.PARTNERSHIPS, partnership.id(),
                    PartnershipEventMapper.toAvro(partnership, event, metadata)));
            history.add(AuditTrail.entry(event, metadata.getOccurredAt(), metadata.getActorUserId(),
                    metadata.getActorOrganizationId()));
        }
        if (!messages.isEmpty()) {
            messages.add(PartnershipStateMapper.message(partnership,
                    outbox.metadata(partnership.id(), partnership.revision(), caller)));
        }
        return new Recorded(messages, history);
    }
}
