package io.partnerhub.kit.registry;

/** The registry's compatibility levels (Confluent's names). */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE
}
