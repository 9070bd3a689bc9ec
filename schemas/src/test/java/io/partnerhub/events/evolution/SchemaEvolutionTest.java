package io.partnerhub.events.evolution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a schema change is not BACKWARD_TRANSITIVE compatible with every released
 * version. Evolve by adding fields with defaults; cut a release with
 * {@code mvn -pl schemas test -Dtest=ReleaseSnapshotTest -Dschemas.release=<N>}.
 */
class SchemaEvolutionTest {

    @Test
    void everyCurrentSchemaReadsAllItsReleasedVersions() {
        var released = ReleasedSchemas.read(ReleasedSchemas.DIRECTORY);

        assertThat(released).as("released schemas under " + ReleasedSchemas.DIRECTORY.toAbsolutePath()).isNotEmpty();
        assertThat(EvolutionCheck.problems(CurrentSchemas.records(), released)).isEmpty();
    }
}
