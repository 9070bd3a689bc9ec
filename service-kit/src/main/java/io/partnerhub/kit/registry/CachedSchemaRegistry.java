package io.partnerhub.kit.registry;

import org.apache.avro.Schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry as the serde needs it: Avro schemas in, ids out, each answer cached for the life
 * of the instance (ids are global and immutable), so records never cost an HTTP call once warm.
 * "Latest version" answers are cached too, like Confluent's default: restart to pick up a newer one.
 */
public class CachedSchemaRegistry {

    private final SchemaRegistryClient client;
    private final Map<SubjectSchema, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, IdentifiedSchema> latest = new ConcurrentHashMap<>();

    public CachedSchemaRegistry(SchemaRegistryClient client) {
        this.client = client;
    }

    /** Registers the schema under the subject (idempotent on the registry) and returns its id. */
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = ids.get(key);
        if (id == null) {
            id = client.register(subject, schema.toString());
            remember(key, id);
        }
        return id;
    }

    /** The id of this exact schema under the subject, without registering it. */
    public int lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = ids.get(key);
        if (id == null) {
            id = client.lookup(subject, schema.toString()).id();
            remember(key, id);
        }
        return id;
    }

    public IdentifiedSchema latest(String subject) {
        IdentifiedSchema found = latest.get(subject);
        if (found == null) {
            RegisteredSchema registered = client.latest(subject);
            found = new IdentifiedSchema(registered.id(), schemas.computeIfAbsent(registered.id(),
                    id -> parse(registered.schema())));
            latest.put(subject, found);
        }
        return found;
    }

    public Schema schemaById(int id) {
        Schema schema = schemas.get(id);
        if (schema == null) {
            schema = parse(client.schemaById(id));
            schemas.put(id, schema);
        }
        return schema;
    }

    public SchemaRegistryClient client() {
        return client;
    }

    private void remember(SubjectSchema key, int id) {
        ids.put(key, id);
        schemas.putIfAbsent(id, key.schema());
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

    /** A schema and its registry id. */
    public record IdentifiedSchema(int id, Schema schema) {
    }

    private record SubjectSchema(String subject, Schema schema) {
    }
}
