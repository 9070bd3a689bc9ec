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

/**
 * The check itself: an added optional field passes; a change that breaks new consumers (backward) or
 * old consumers (forward) fails, against every release and not only the last.
 */
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
    void anAddedEnumSymbolFailsForOldConsumers() throws IOException {
        release(1, PartnershipStarted.getClassSchema());

        List<String> problems = check(STARTED, edit(PartnershipStarted.getClassSchema(),
                "\"symbols\":[\"LIMITED\",\"FULL\"]", "\"symbols\":[\"LIMITED\",\"FULL\",\"TRIAL\"]"));

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                .startsWith(STARTED + ": its release r1 schema cannot read events written with the current schema")
                .contains("MISSING_ENUM_SYMBOLS", "TRIAL"));
    }

    @Test
    void aRemovedFieldWithoutDefaultFailsForOldConsumers() throws IOException {
        release(1, PartnershipStarted.getClassSchema());

        List<String> problems = check(STARTED, withoutField(PartnershipStarted.getClassSchema(), "customerName"));

        assertThat(problems).singleElement().asString()
                .startsWith(STARTED + ": its release r1 schema cannot read events written with the current schema")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "PartnershipStarted.customerName");
    }

    @Test
    void aRemovedFieldWithADefaultPasses() throws IOException {
        Schema v1 = withField(PartnershipStarted.getClassSchema(), new Schema.Field("note",
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)), null,
                Schema.Field.NULL_DEFAULT_VALUE));
        release(1, v1);

        assertThat(check(STARTED, PartnershipStarted.getClassSchema())).isEmpty();
    }

    @Test
    void checksAgainstEveryReleaseNotOnlyTheLast() throws IOException {
        Schema v1 = PartnershipStarted.getClassSchema();
        Schema v2 = withField(v1, new Schema.Field("region", Schema.create(Schema.Type.STRING), null, "CH"));
        Schema v3 = withField(v1, new Schema.Field("region", Schema.create(Schema.Type.STRING)));
        release(1, v1);
        ReleaseFolders.write(released, "r2", v2);

        List<String> problems = check(STARTED, v3);

        assertThat(problems).singleElement().asString()
                .startsWith(STARTED + ": the current schema cannot read events written with its release r1 schema");
    }

    @Test
    void theCommittedReleaseCatchesABreakingChangeToACurrentSchema() {
        Map<String, Schema> current = new HashMap<>(CurrentSchemas.records());
        current.put(STARTED, withField(PartnershipStarted.getClassSchema(),
                new Schema.Field("region", Schema.create(Schema.Type.STRING))));

        assertThat(EvolutionCheck.problems(current, ReleasedSchemas.read(ReleasedSchemas.DIRECTORY)))
                .singleElement().asString()
                .startsWith(STARTED + ": the current schema cannot read events written with its release r1 schema")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "PartnershipStarted.region");
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
        ReleaseFolders.write(released, "r" + number, schema);
    }

    private static Schema withField(Schema schema, Schema.Field added) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(added);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Schema withoutField(Schema schema, String removed) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().stream().filter(field -> !field.name().equals(removed))
                .forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        assertThat(fields).hasSize(schema.getFields().size() - 1);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Schema edit(Schema schema, String from, String to) {
        String json = schema.toString();
        assertThat(json).contains(from);
        return new Schema.Parser().parse(json.replace(from, to));
    }
}
