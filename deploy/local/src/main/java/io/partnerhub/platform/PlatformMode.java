package io.partnerhub.platform;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where the platform's Kafka, schema registry and MongoDB come from, chosen by the system property
 * {@code partnerhub.platform}: {@code embedded} (default: in-process stand-ins, no Docker) or
 * {@code containers} (Testcontainers: Apache Kafka, Confluent Schema Registry, a MongoDB replica set).
 */
public enum PlatformMode {
    EMBEDDED,
    CONTAINERS;

    public static final String PROPERTY = "partnerhub.platform";

    public static PlatformMode fromSystemProperty() {
        return parse(System.getProperty(PROPERTY));
    }

    static PlatformMode parse(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        return Arrays.stream(values()).filter(mode -> mode.name().equals(value.trim().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown -D" + PROPERTY + "=" + value
                        + ": use embedded (the default) or containers"));
    }
}
