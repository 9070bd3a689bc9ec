package io.partnerhub.events.evolution;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cutting a release writes only what is new or changed, and only when the check passes. */
class ReleaseCutTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "evolution");
    private static final String CONTRACT = "io.partnerhub.fixture.ContractSigned";
    private static final String SIGNER = "io.partnerhub.fixture.Signer";

    @TempDir
    Path released;

    @Test
    void theFirstReleaseHoldsEverySchema() throws IOException {
        ReleaseCut.cut(released, "r1", fixtureRelease("r1"));

        assertThat(files("r1")).containsExactlyInAnyOrder(CONTRACT + ".avsc", SIGNER + ".avsc");
        assertThat(ReleasedSchemas.fullSet(released, "r1")).isEqualTo(fixtureRelease("r1"));
    }

    @Test
    void aLaterReleaseHoldsOnlyTheNewAndChangedSchemas() throws IOException {
        ReleaseCut.cut(released, "r1", fixtureRelease("r1"));
        Map<String, Schema> current = new TreeMap<>(fixtureRelease("r2"));
        Schema witness = Schema.createRecord("Witness", null, "io.partnerhub.fixture", false,
                List.of(new Schema.Field("userId", Schema.create(Schema.Type.STRING))));
        current.put(witness.getFullName(), witness);

        Map<String, Schema> written = ReleaseCut.cut(released, "r2", current);

        assertThat(written).containsOnlyKeys(CONTRACT, witness.getFullName());
        assertThat(files("r2")).containsExactlyInAnyOrder(CONTRACT + ".avsc", witness.getFullName() + ".avsc");
        assertThat(ReleasedSchemas.fullSet(released, "r2")).isEqualTo(current);
    }

    @Test
    void aDocumentationChangeIsAChange() throws IOException {
        ReleaseCut.cut(released, "r1", fixtureRelease("r1"));
        Map<String, Schema> current = new TreeMap<>(fixtureRelease("r1"));
        current.put(SIGNER, new Schema.Parser().parse(current.get(SIGNER).toString()
                .replace("unchanged in r2", "documented better")));

        assertThat(ReleaseCut.cut(released, "r2", current)).containsOnlyKeys(SIGNER);
    }

    @Test
    void nothingChangedMeansNoRelease() throws IOException {
        ReleaseCut.cut(released, "r1", fixtureRelease("r1"));

        assertThatThrownBy(() -> ReleaseCut.cut(released, "r2", fixtureRelease("r1")))
                .hasMessageContaining("nothing to release");
        assertThat(released.resolve("r2")).doesNotExist();
    }

    @Test
    void onlyTheNextReleaseNumberIsCut() throws IOException {
        ReleaseCut.cut(released, "r1", fixtureRelease("r1"));

        assertThatThrownBy(() -> ReleaseCut.cut(released, "r3", fixtureRelease("r2")))
                .hasMessageContaining("the next release is r2, not r3");
        assertThatThrownBy(() -> ReleaseCut.cut(released, "r1", fixtureRelease("r2")))
                .hasMessageContaining("the next release is r2, not r1");
    }

    @Test
    void aBreakingChangeIsNeverReleased() throws IOException {
        ReleaseCut.cut(released, "r1", fixtureRelease("r1"));
        Map<String, Schema> current = new TreeMap<>(fixtureRelease("r1"));
        current.put(CONTRACT, new Schema.Parser().parse(Files.readString(
                FIXTURES.resolve("current").resolve("removed-field-without-default.avsc"))));

        assertThatThrownBy(() -> ReleaseCut.cut(released, "r2", current))
                .hasMessageContaining("fail the evolution check")
                .hasMessageContaining("ContractSigned.signedBy");
        assertThat(released.resolve("r2")).doesNotExist();
    }

    private static Map<String, Schema> fixtureRelease(String release) {
        return ReleasedSchemas.fullSet(FIXTURES.resolve("released"), release);
    }

    private List<String> files(String release) throws IOException {
        try (Stream<Path> files = Files.list(released.resolve(release))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
