package io.partnerhub.partnership.partnership.application;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.eventing.Outbox;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.events.PartnershipEventMapper;
import io.partnerhub.partnership.shared.DomainEvent;
import org.springframework.stereotype.Component;

import java.util.List;

/** A partnership's domain events as outbox messages keyed by the partnership id. */
@Component
public class PartnershipMessages {

    private final Outbox outbox;

    public PartnershipMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<OutboxMessage> of(Partnership partnership, Caller caller, List<? extends DomainEvent> events) {
        return events.stream().map(event -> outbox.message(Topic.PARTNERSHIPS, partnership.id(),
                PartnershipEventMapper.toAvro(partnership, event,
                        outbox.metadata(partnership.id(), partnership.revision(), caller)))).toList();
    }
}
