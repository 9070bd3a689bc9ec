package io.partnerhub.kit.outbox;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.CorrelationId;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates the metadata every event carries: a fresh event id, the time from the injected
 * {@link Clock} (millisecond precision, as the schema stores it), the acting caller (null for
 * system actions), the correlation id (the current request's or record's when null) and causation.
 */
public class EventMetadataFactory {

    private final Clock clock;

    public EventMetadataFactory(Clock clock) {
        this.clock = clock;
    }

    public EventMetadata create(String aggregateId, long aggregateVersion, Caller caller, String correlationId,
                                String causationId) {
        Objects.requireNonNull(aggregateId, "aggregateId");
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setActorUserId(caller == null ? null : caller.userId())
                .setActorOrganizationId(caller == null ? null : caller.organizationId())
                .setCorrelationId(correlationId != null ? correlationId : CorrelationId.currentOrNew())
                .setCausationId(causationId)
                .setAggregateId(aggregateId)
                .setAggregateVersion(aggregateVersion)
                .build();
    }

    /** Metadata for an event caused by a consumed event: same correlation, causation = that event's id. */
    public EventMetadata causedBy(EventMetadata cause, String aggregateId, long aggregateVersion) {
        return create(aggregateId, aggregateVersion, null, cause.getCorrelationId(), cause.getEventId().toString());
    }
}
