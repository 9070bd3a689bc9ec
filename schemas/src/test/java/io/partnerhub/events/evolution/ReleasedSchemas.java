package io.partnerhub.events.evolution;

import org.apache.avro.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The released record schemas: {@code src/main/released/r<N>/<record full name>.avsc}, one folder
 * per release, written by {@link #snapshot} and never edited afterwards.
 */
final class ReleasedSchemas {

    static final Path DIRECTORY = Path.of("src", "main", "released");

    /** One released version of a record schema. */
    record Released(String release, Schema schema) {
    }

    private ReleasedSchemas() {
    }

    /** Released versions by record full name, oldest release first. */
    static Map<String, List<Released>> read(Path directory) {
        Map<String, List<Released>> released = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".avsc")).sorted().forEach(file -> {
                Schema schema = new Schema.Parser().parse(readString(file));
                String release = file.getParent().getFileName().toString();
                released.computeIfAbsent(schema.getFullName(), name -> new ArrayList<>())
                        .add(new Released(release, schema));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        released.values().forEach(versions -> versions.sort((a, b) -> Integer.compare(number(a), number(b))));
        return released;
    }

    /** Writes the given schemas as release {@code r<release>}; refuses to overwrite a release. */
    static Path snapshot(Path directory, int release, Collection<Schema> schemas) throws IOException {
        Path target = directory.resolve("r" + release);
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists: a release is never rewritten");
        }
        Files.createDirectories(target);
        for (Schema schema : schemas) {
            Files.writeString(target.resolve(schema.getFullName() + ".avsc"), schema.toString(true) + "\n",
                    StandardCharsets.UTF_8);
        }
        return target;
    }

    private static int number(Released released) {
        return Integer.parseInt(released.release().substring(1));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
