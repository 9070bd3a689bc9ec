package io.partnerhub.kit.outbox;

/**
 * Marks a Mongo document that keeps pending events in a field named {@code outbox}
 * ({@code List<OutboxMessage>}). Saving such a document through Spring Data wakes the
 * {@link OutboxRelay} at once; other writes ({@code updateFirst}, {@code findAndModify} with
 * {@code $push}) should call {@link OutboxRelay#wake()}.
 */
public interface HasOutbox {

    /** The document field holding the pending messages. */
    String FIELD = "outbox";
}
