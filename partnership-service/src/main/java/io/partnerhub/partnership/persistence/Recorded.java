package io.partnerhub.partnership.persistence;

import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.audit.AuditEntry;

import java.util.List;

/** What one change adds to its document in the same write: events to publish and audit entries. */
public record Recorded(List<OutboxMessage> messages, List<AuditEntry> history) {

    public static Recorded none() {
        return new Recorded(List.of(), List.of());
    }
}
