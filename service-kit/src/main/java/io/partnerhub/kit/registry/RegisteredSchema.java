package io.partnerhub.kit.registry;

/** One version of a schema under a subject, as the registry returns it. */
public record RegisteredSchema(String subject, int id, int version, String schema) {
}
