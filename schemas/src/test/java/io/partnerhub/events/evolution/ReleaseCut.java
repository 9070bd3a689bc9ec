package io.partnerhub.events.evolution;

import org.apache.avro.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records a release: writes {@code r<N>} with only the current record schemas that are new or changed
 * since the latest release. Refuses a release that is not the next number, one that exists, one with
 * nothing to release, and current schemas that fail the {@link EvolutionCheck}.
 */
final class ReleaseCut {

    private ReleaseCut() {
    }

    /** Writes the release and answers the schemas it holds, by full name. */
    static Map<String, Schema> cut(Path directory, String release, Map<String, Schema> current) throws IOException {
        List<ReleasedSchemas.Release> releases = ReleasedSchemas.releases(directory);
        String next = "r" + (releases.size() + 1);
        if (ReleasedSchemas.number(release) != releases.size() + 1) {
            throw new IllegalArgumentException("the next release is " + next + ", not " + release);
        }
        Path target = directory.resolve(release);
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists: a release is never rewritten");
        }
        List<String> problems = EvolutionCheck.problems(current, ReleasedSchemas.read(directory));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the current schemas fail the evolution check, nothing released:\n  "
                    + String.join("\n  ", problems));
        }
        Map<String, Schema> changed = changedSince(ReleasedSchemas.compose(releases), current);
        if (changed.isEmpty()) {
            throw new IllegalStateException("no record schema changed since the latest release: nothing to release");
        }
        Files.createDirectories(target);
        for (Schema schema : changed.values()) {
            Files.writeString(target.resolve(schema.getFullName() + ".avsc"), schema.toString(true) + "\n",
                    StandardCharsets.UTF_8);
        }
        return changed;
    }

    private static Map<String, Schema> changedSince(Map<String, Schema> released, Map<String, Schema> current) {
        Map<String, Schema> changed = new TreeMap<>();
        current.forEach((name, schema) -> {
            Schema before = released.get(name);
            if (before == null || !ReleasedSchemas.unchanged(before, schema)) {
                changed.put(name, schema);
            }
        });
        return changed;
    }
}
