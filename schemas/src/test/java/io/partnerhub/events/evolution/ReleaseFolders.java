package io.partnerhub.events.evolution;

import org.apache.avro.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes a release folder by hand, the way the committed ones look. */
final class ReleaseFolders {

    private ReleaseFolders() {
    }

    static void write(Path directory, String release, Schema... schemas) throws IOException {
        Path folder = Files.createDirectories(directory.resolve(release));
        for (Schema schema : schemas) {
            Files.writeString(folder.resolve(schema.getFullName() + ".avsc"), schema.toString(true) + "\n",
                    StandardCharsets.UTF_8);
        }
    }
}
