package io.partnerhub.events.evolution;

import org.apache.avro.Schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The release-cutting goal: {@code mvn -pl schemas test-compile exec:java@cut-release -Drelease=r<N>}
 * (configured in {@code schemas/pom.xml}). Arguments: the released-schemas folder and the release name.
 */
public final class CutRelease {

    private CutRelease() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || args[1] == null || !ReleasedSchemas.isReleaseName(args[1])) {
            throw new IllegalArgumentException("name the release: mvn -pl schemas test-compile"
                    + " exec:java@cut-release -Drelease=r<N> (got " + Arrays.toString(args) + ")");
        }
        Path directory = Path.of(args[0]);
        Map<String, Schema> written = ReleaseCut.cut(directory, args[1], CurrentSchemas.records());
        System.out.println("Release " + args[1] + " written to " + directory.resolve(args[1]) + " with the "
                + written.size() + " new or changed record schema(s):");
        written.keySet().forEach(name -> System.out.println("  " + name));
        System.out.println("Commit the folder; a release is never rewritten.");
    }
}
