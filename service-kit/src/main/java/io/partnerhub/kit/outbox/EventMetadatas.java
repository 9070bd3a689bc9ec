package io.partnerhub.kit.outbox;

import io.partnerhub.events.common.EventMetadata;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/** Reads the {@code metadata} field every Partnerhub event carries first. */
public final class EventMetadatas {

    private EventMetadatas() {
    }

    public static EventMetadata of(SpecificRecord event) {
        Schema.Field field = event.getSchema().getField("metadata");
        if (field == null || !(event.get(field.pos()) instanceof EventMetadata metadata)) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " carries no EventMetadata");
        }
        return metadata;
    }
}
