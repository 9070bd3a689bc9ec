package io.partnerhub.events.evolution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a schema change is not FULL_TRANSITIVE compatible with every released
 * version. Evolve by adding fields with defaults; cut a release with
 * {@code mvn -pl schemas test-compile exec:java@cut-release -Drelease=r<N>}.
 */
class SchemaEvolutionTest {

    @Test
    void everyCurrentSchemaIsFullyCompatibleWithAllItsReleasedVersions() {
        var released = ReleasedSchemas.read(ReleasedSchemas.DIRECTORY);

        assertThat(released).as("released schemas under " + ReleasedSchemas.DIRECTORY.toAbsolutePath()).isNotEmpty();
        assertThat(EvolutionCheck.problems(CurrentSchemas.records(), released)).isEmpty();
    }
}
