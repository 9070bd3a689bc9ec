package io.partnerhub.events.evolution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Not a check: the tool that records a release. Runs only when asked, e.g.
 * {@code mvn -pl schemas test -Dtest=ReleaseSnapshotTest -Dschemas.release=2}; commit the new folder.
 */
class ReleaseSnapshotTest {

    @Test
    @EnabledIfSystemProperty(named = "schemas.release", matches = "\\d+")
    void snapshotTheCurrentSchemasAsARelease() throws IOException {
        int release = Integer.parseInt(System.getProperty("schemas.release"));
        Path written = ReleasedSchemas.snapshot(ReleasedSchemas.DIRECTORY, release, CurrentSchemas.records().values());
        System.out.println("Wrote " + written.toAbsolutePath());
    }
}
