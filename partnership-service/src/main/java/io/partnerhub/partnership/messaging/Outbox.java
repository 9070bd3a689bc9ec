package io.partnerhub.partnership.messaging;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

/** Turns a mapped event into the outbox message stored with its aggregate. */
@Component
public class Outbox {

    private final EventMetadataFactory metadata;

    public Outbox(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    public EventMetadata metadata(String aggregateId, long version, Caller caller) {
        return metadata.create(aggregateId, version, caller, null, null);
    }

    public OutboxMessage message(Topic topic, String key, SpecificRecord event) {
        return OutboxMessage.of(topic, key, event);
    }
}
