package io.partnerhub.events.evolution;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Releases are layers: each holds what it added or changed, the full set is r1..rN laid over each other. */
class ReleasedSchemasTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "evolution", "released");
    private static final String CONTRACT = "io.partnerhub.fixture.ContractSigned";
    private static final String SIGNER = "io.partnerhub.fixture.Signer";

    @TempDir
    Path released;

    @Test
    void aReleasesFullSetIsTheEarlierReleasesWithItsOwnChangesOnTop() {
        assertThat(ReleasedSchemas.fullSet(FIXTURES, "r1").get(CONTRACT).getField("region")).isNull();

        var r2 = ReleasedSchemas.fullSet(FIXTURES, "r2");

        assertThat(r2).containsOnlyKeys(CONTRACT, SIGNER);
        assertThat(r2.get(CONTRACT).getField("region")).isNotNull();
        assertThat(r2.get(SIGNER)).isEqualTo(ReleasedSchemas.fullSet(FIXTURES, "r1").get(SIGNER));
    }

    @Test
    void aRecordHasOneVersionPerReleaseThatChangedIt() {
        var versions = ReleasedSchemas.read(FIXTURES);

        assertThat(versions.get(CONTRACT)).extracting(ReleasedSchemas.Released::release).containsExactly("r1", "r2");
        assertThat(versions.get(SIGNER)).extracting(ReleasedSchemas.Released::release).containsExactly("r1");
    }

    @Test
    void theCommittedReleasesStillKnowEachFullSet() {
        var r1 = ReleasedSchemas.fullSet(ReleasedSchemas.DIRECTORY, "r1");
        var r2 = ReleasedSchemas.fullSet(ReleasedSchemas.DIRECTORY, "r2");
        var r3 = ReleasedSchemas.fullSet(ReleasedSchemas.DIRECTORY, "r3");

        assertThat(r1).hasSize(40);
        assertThat(r2).hasSize(42).containsKeys(r1.keySet().toArray(String[]::new))
                .containsKeys("io.partnerhub.events.partnership.PartnershipAccessIncreaseDeclined",
                        "io.partnerhub.events.partnership.PartnershipTerminationRequested");
        assertThat(r2.get("io.partnerhub.events.billing.CashbackCredited").getField("partnershipId")).isNotNull();
        assertThat(r1.get("io.partnerhub.events.billing.CashbackCredited").getField("partnershipId")).isNull();
        assertThat(r3).hasSize(42);
        assertThat(r3.get("io.partnerhub.events.partnership.InvitationAccepted").getField("direction")).isNotNull();
        assertThat(r2.get("io.partnerhub.events.partnership.InvitationAccepted").getField("direction")).isNull();
    }

    @Test
    void anUnchangedCopyInALaterReleaseIsRefused() throws IOException {
        Schema signer = ReleasedSchemas.fullSet(FIXTURES, "r1").get(SIGNER);
        ReleaseFolders.write(released, "r1", signer);
        ReleaseFolders.write(released, "r2", signer);

        assertThatThrownBy(() -> ReleasedSchemas.read(released))
                .hasMessageContaining("unchanged copy of " + SIGNER);
    }

    @Test
    void releasesMustBeNumberedWithoutGaps() throws IOException {
        Schema signer = ReleasedSchemas.fullSet(FIXTURES, "r1").get(SIGNER);
        ReleaseFolders.write(released, "r1", signer);
        ReleaseFolders.write(released, "r3", ReleasedSchemas.fullSet(FIXTURES, "r2").get(CONTRACT));

        assertThatThrownBy(() -> ReleasedSchemas.releases(released)).hasMessageContaining("without gaps");
    }

    @Test
    void aReleaseFolderHoldsOnlySchemaFiles() throws IOException {
        ReleaseFolders.write(released, "r1", ReleasedSchemas.fullSet(FIXTURES, "r1").get(SIGNER));
        Files.writeString(released.resolve("r1").resolve("removed.txt"), SIGNER + "\n");

        assertThatThrownBy(() -> ReleasedSchemas.releases(released)).hasMessageContaining("removed.txt");
    }

    @Test
    void noReleasesYetMeansNothingReleased() {
        assertThat(ReleasedSchemas.releases(released.resolve("missing"))).isEqualTo(List.of());
    }
}
