package io.partnerhub.events.evolution;

import io.partnerhub.events.common.EventMetadata;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every record schema of the generated event classes, by full name. */
final class CurrentSchemas {

    private CurrentSchemas() {
    }

    static Map<String, Schema> records() {
        Path classes = classesRoot();
        Map<String, Schema> records = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/partnerhub/events"))) {
            files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.')))
                    .filter(SpecificRecord.class::isAssignableFrom)
                    .map(type -> SpecificData.get().getSchema(type))
                    .forEach(schema -> records.put(schema.getFullName(), schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static Path classesRoot() {
        try {
            return Path.of(EventMetadata.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
