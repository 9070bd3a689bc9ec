package io.partnerhub.partnership.shared;

/** Something that happened to an aggregate; mapped to an Avro event at the edge. */
public interface DomainEvent {
}
