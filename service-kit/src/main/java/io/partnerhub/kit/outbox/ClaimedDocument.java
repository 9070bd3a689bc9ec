package io.partnerhub.kit.outbox;

import java.util.List;

/** A document whose outbox this relay instance holds a lease on, with its pending messages in order. */
record ClaimedDocument(String collection, Object id, List<OutboxMessage> messages) {
}
