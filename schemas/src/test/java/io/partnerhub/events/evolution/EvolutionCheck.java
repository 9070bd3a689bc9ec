package io.partnerhub.events.evolution;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FULL_TRANSITIVE: the current schema of every released record must be both backward and forward
 * compatible with each of its released versions (Avro's {@link SchemaCompatibility}). Producers and
 * consumers deploy independently in either order, so a new consumer must read events an old producer
 * wrote (backward: reader = current) and an old consumer must read events a new producer writes
 * (forward: reader = released). A released record must not disappear either: consumers still receive it.
 */
final class EvolutionCheck {

    private EvolutionCheck() {
    }

    static List<String> problems(Map<String, Schema> current, Map<String, List<ReleasedSchemas.Released>> released) {
        List<String> problems = new ArrayList<>();
        released.forEach((name, versions) -> {
            Schema schema = current.get(name);
            if (schema == null) {
                problems.add(name + " was released but no longer exists");
                return;
            }
            for (ReleasedSchemas.Released version : versions) {
                String release = "release " + version.release();
                check(schema, version.schema()).forEach(incompatibility -> problems.add(name
                        + ": the current schema cannot read events written with its " + release
                        + " schema (new consumer, old producer): " + describe(incompatibility, schema)));
                check(version.schema(), schema).forEach(incompatibility -> problems.add(name + ": its " + release
                        + " schema cannot read events written with the current schema (old consumer, new producer): "
                        + describe(incompatibility, version.schema())));
            }
        });
        return problems;
    }

    private static List<Incompatibility> check(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities();
    }

    private static String describe(Incompatibility incompatibility, Schema reader) {
        return incompatibility.getType() + " at " + FieldPath.of(reader, incompatibility.getLocation()) + " ("
                + incompatibility.getLocation() + "): " + incompatibility.getMessage();
    }
}
