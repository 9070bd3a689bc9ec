package io.partnerhub.events.evolution;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BACKWARD_TRANSITIVE: the current schema of every released record must read data written with
 * each of its released versions (Avro's {@link SchemaCompatibility}, reader = current). A released
 * record must not disappear either: consumers still receive it.
 */
final class EvolutionCheck {

    private EvolutionCheck() {
    }

    static List<String> problems(Map<String, Schema> current, Map<String, List<ReleasedSchemas.Released>> released) {
        List<String> problems = new ArrayList<>();
        released.forEach((name, versions) -> {
            Schema reader = current.get(name);
            if (reader == null) {
                problems.add(name + " was released but no longer exists");
                return;
            }
            for (ReleasedSchemas.Released version : versions) {
                SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader,
                        version.schema());
                result.getResult().getIncompatibilities().forEach(incompatibility -> problems.add(
                        name + " cannot read its release " + version.release() + ": " + incompatibility.getType()
                                + " at " + incompatibility.getLocation() + " (" + incompatibility.getMessage() + ")"));
            }
        });
        return problems;
    }
}
