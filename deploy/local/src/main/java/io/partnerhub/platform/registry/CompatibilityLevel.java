package io.partnerhub.platform.registry;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Confluent's compatibility levels, checked with Avro's own {@link SchemaCompatibility}. */
enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    static CompatibilityLevel parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw RegistryError.invalidCompatibilityLevel(value);
        }
    }

    /**
     * Why the candidate may not follow the existing versions (oldest first); empty when it may.
     * Non-transitive levels compare with the latest version only.
     */
    List<String> problems(Schema candidate, List<Schema> existing) {
        List<String> problems = new ArrayList<>();
        if (existing.isEmpty()) {
            return problems;
        }
        List<Schema> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
        for (Schema previous : against) {
            if (backward) {
                check(candidate, previous, "reader (new) cannot read writer (existing)", problems);
            }
            if (forward) {
                check(previous, candidate, "reader (existing) cannot read writer (new)", problems);
            }
        }
        return problems;
    }

    private static void check(Schema reader, Schema writer, String direction, List<String> problems) {
        SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            result.getResult().getIncompatibilities().forEach(incompatibility -> problems.add(
                    direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                            + ": " + incompatibility.getMessage()));
        }
    }
}
