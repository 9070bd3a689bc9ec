package io.partnerhub.events.evolution;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliberate changes, as schema files, against a fixture release history
 * ({@code src/test/resources/evolution}: r1, then r2 holding only the record it changed).
 */
class EvolutionFixturesTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "evolution");
    private static final Path RELEASED = FIXTURES.resolve("released");
    private static final String CONTRACT = "io.partnerhub.fixture.ContractSigned";

    @Test
    void anAddedOptionalFieldIsFullyCompatible() throws IOException {
        assertThat(problemsWith("added-optional-field.avsc")).isEmpty();
    }

    @Test
    void aRemovedFieldWithoutDefaultFailsNamingTheRecordAndTheField() throws IOException {
        // BACKWARD alone lets this through: new consumers skip signedBy in old events.
        // Old consumers cannot read new events, which lack it: FULL_TRANSITIVE catches it, against every release.
        assertThat(problemsWith("removed-field-without-default.avsc"))
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem)
                        .startsWith(CONTRACT + ": its release r")
                        .contains("schema cannot read events written with the current schema (old consumer, new producer)",
                                "READER_FIELD_MISSING_DEFAULT_VALUE", "ContractSigned.signedBy"))
                .anySatisfy(problem -> assertThat(problem).contains("release r1"))
                .anySatisfy(problem -> assertThat(problem).contains("release r2"));
    }

    @Test
    void aNewRequiredFieldFailsNamingTheRecordAndTheField() throws IOException {
        assertThat(problemsWith("new-required-field.avsc"))
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem)
                        .startsWith(CONTRACT + ": the current schema cannot read events written with its release r")
                        .contains("(new consumer, old producer)", "READER_FIELD_MISSING_DEFAULT_VALUE",
                                "ContractSigned.currency"));
    }

    private static List<String> problemsWith(String currentFixture) throws IOException {
        Schema contract = new Schema.Parser().parse(Files.readString(FIXTURES.resolve("current").resolve(currentFixture)));
        Map<String, Schema> current = new TreeMap<>(ReleasedSchemas.fullSet(RELEASED, "r2"));
        current.put(CONTRACT, contract);
        return EvolutionCheck.problems(current, ReleasedSchemas.read(RELEASED));
    }
}
