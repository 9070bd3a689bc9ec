package io.partnerhub.events.evolution;

import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.PartnershipStarted;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The check itself: a deliberately breaking change fails it, an added optional field passes. */
class EvolutionCheckTest {

    private static final String STARTED = PartnershipStarted.getClassSchema().getFullName();

    @TempDir
    Path released;

    @Test
    void anAddedOptionalFieldPasses() throws IOException {
        release(1, PartnershipStarted.getClassSchema());

        List<String> problems = check(STARTED, withField(PartnershipStarted.getClassSchema(), new Schema.Field("note",
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)), null,
                Schema.Field.NULL_DEFAULT_VALUE)));

        assertThat(problems).isEmpty();
    }

    @Test
    void aNewRequiredFieldWithoutDefaultFails() throws IOException {
        release(1, PartnershipStarted.getClassSchema());

        List<String> problems = check(STARTED, withField(PartnershipStarted.getClassSchema(),
                new Schema.Field("region", Schema.create(Schema.Type.STRING))));

        assertThat(problems).singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE", "region");
    }

    @Test
    void aRemovedEnumSymbolFails() throws IOException {
        release(1, PartnershipStarted.getClassSchema());

        List<String> problems = check(STARTED, edit(PartnershipStarted.getClassSchema(),
                "\"symbols\":[\"LIMITED\",\"FULL\"]", "\"symbols\":[\"LIMITED\"]"));

        assertThat(problems).isNotEmpty().allMatch(problem -> problem.contains("MISSING_ENUM_SYMBOLS"));
    }

    @Test
    void checksAgainstEveryReleaseNotOnlyTheLast() throws IOException {
        Schema v1 = PartnershipStarted.getClassSchema();
        Schema v2 = withField(v1, new Schema.Field("region", Schema.create(Schema.Type.STRING), null, "CH"));
        Schema v3 = withField(v1, new Schema.Field("region", Schema.create(Schema.Type.STRING)));
        release(1, v1);
        release(2, v2);

        List<String> problems = check(STARTED, v3);

        assertThat(problems).singleElement().asString().contains("release r1");
    }

    @Test
    void theCommittedReleaseCatchesABreakingChangeToACurrentSchema() {
        Map<String, Schema> current = new HashMap<>(CurrentSchemas.records());
        current.put(STARTED, withField(PartnershipStarted.getClassSchema(),
                new Schema.Field("region", Schema.create(Schema.Type.STRING))));

        assertThat(EvolutionCheck.problems(current, ReleasedSchemas.read(ReleasedSchemas.DIRECTORY)))
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).startsWith(STARTED + " cannot read its release r"))
                .anySatisfy(problem -> assertThat(problem).startsWith(STARTED + " cannot read its release r1:"));
    }

    @Test
    void aRemovedReleasedRecordFails() throws IOException {
        release(1, Access.getClassSchema());

        assertThat(EvolutionCheck.problems(Map.of(), ReleasedSchemas.read(released)))
                .containsExactly(Access.getClassSchema().getFullName() + " was released but no longer exists");
    }

    private List<String> check(String name, Schema current) {
        Map<String, Schema> currentSchemas = new HashMap<>();
        currentSchemas.put(name, current);
        return EvolutionCheck.problems(currentSchemas, ReleasedSchemas.read(released));
    }

    private void release(int number, Schema schema) throws IOException {
        ReleasedSchemas.snapshot(released, number, List.of(schema));
    }

    private static Schema withField(Schema schema, Schema.Field added) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(added);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Schema edit(Schema schema, String from, String to) {
        String json = schema.toString();
        assertThat(json).contains(from);
        return new Schema.Parser().parse(json.replace(from, to));
    }
}
