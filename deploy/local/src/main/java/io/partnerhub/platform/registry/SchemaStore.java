package io.partnerhub.platform.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry's state: subjects and their versions, global schema ids, compatibility levels.
 * Every change is appended to the {@link SchemaLog} first and then applied by the same code that
 * replays the log on start, so the state after a restart is the state before it.
 */
final class SchemaStore {

    /** One version of a subject. */
    record Version(String subject, int version, int id, String schema) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaLog log;
    private final Map<String, List<Version>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<Integer, Schema> parsedById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int nextId = 1;

    SchemaStore(SchemaLog log) {
        this.log = log;
        log.replay().forEach(this::apply);
    }

    /** Registers the schema under the subject; an identical schema keeps its id and version. */
    synchronized Version register(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        String canonical = schema.toString();
        List<Version> versions = subjects.getOrDefault(subject, List.of());
        for (Version existing : versions) {
            if (existing.schema().equals(canonical)) {
                return existing;
            }
        }
        List<String> problems = level(subject).problems(schema, parsedVersions(versions));
        if (!problems.isEmpty()) {
            throw RegistryError.incompatible(String.join("; ", problems));
        }
        int id = idsBySchema.getOrDefault(canonical, nextId);
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        Version added = new Version(subject, version, id, canonical);
        append(schemaKey(subject, version), schemaValue(added));
        return added;
    }

    synchronized Version lookup(String subject, String schemaText) {
        String canonical = parse(schemaText).toString();
        return versions(subject).stream().filter(v -> v.schema().equals(canonical)).findFirst()
                .orElseThrow(() -> RegistryError.schemaNotFound("not found under subject '" + subject + "'"));
    }

    synchronized String schemaById(int id) {
        String schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryError.schemaNotFound("id " + id);
        }
        return schema;
    }

    synchronized List<Version> versionsOfId(int id) {
        schemaById(id);
        List<Version> found = new ArrayList<>();
        subjects.values().forEach(versions -> versions.stream().filter(v -> v.id() == id).forEach(found::add));
        return found;
    }

    synchronized List<String> subjects() {
        return new ArrayList<>(subjects.keySet());
    }

    synchronized List<Version> versions(String subject) {
        List<Version> versions = subjects.get(subject);
        if (versions == null) {
            throw RegistryError.subjectNotFound(subject);
        }
        return List.copyOf(versions);
    }

    /** A version number or "latest" (also -1). */
    synchronized Version version(String subject, String version) {
        List<Version> versions = versions(subject);
        if (version.equals("latest") || version.equals("-1")) {
            return versions.get(versions.size() - 1);
        }
        int number = versionNumber(version);
        return versions.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, version));
    }

    /**
     * Whether the schema could follow the subject's versions: "latest" checks as registration
     * would (all versions for transitive levels); a number checks against that version only.
     */
    synchronized List<String> compatibilityProblems(String subject, String version, String schemaText) {
        Schema schema = parse(schemaText);
        if (!subjects.containsKey(subject) && (version.equals("latest") || version.equals("-1"))) {
            return List.of();
        }
        List<Version> against = version.equals("latest") || version.equals("-1")
                ? versions(subject) : List.of(version(subject, version));
        return level(subject).problems(schema, parsedVersions(against));
    }

    synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    synchronized CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
        CompatibilityLevel level = subjectLevels.get(subject);
        if (level == null && !defaultToGlobal) {
            throw RegistryError.subjectLevelNotConfigured(subject);
        }
        return level == null ? globalLevel : level;
    }

    /** Sets the global level (subject null) or a subject's. */
    synchronized void setLevel(String subject, CompatibilityLevel level) {
        append(configKey(subject), JSON.createObjectNode().put("compatibilityLevel", level.name()).toString());
    }

    private CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private void append(ObjectNode key, String value) {
        SchemaLog.Entry entry = new SchemaLog.Entry(key.toString(), value);
        log.append(entry);
        apply(entry);
    }

    private void apply(SchemaLog.Entry entry) {
        JsonNode key = read(entry.key());
        JsonNode value = entry.value() == null ? null : read(entry.value());
        String subject = key.path("subject").isTextual() ? key.get("subject").asText() : null;
        switch (key.path("keytype").asText()) {
            case "SCHEMA" -> {
                if (value != null && !value.path("deleted").asBoolean(false)) {
                    applySchema(new Version(subject, value.get("version").asInt(), value.get("id").asInt(),
                            value.get("schema").asText()));
                }
            }
            case "CONFIG" -> {
                CompatibilityLevel level = value == null ? null
                        : CompatibilityLevel.parse(value.get("compatibilityLevel").asText());
                if (subject == null) {
                    globalLevel = level == null ? CompatibilityLevel.BACKWARD : level;
                } else if (level == null) {
                    subjectLevels.remove(subject);
                } else {
                    subjectLevels.put(subject, level);
                }
            }
            default -> {
                // other Confluent key types (NOOP, MODE, DELETE_SUBJECT) are not used here
            }
        }
    }

    private void applySchema(Version version) {
        List<Version> versions = subjects.computeIfAbsent(version.subject(), s -> new ArrayList<>());
        versions.removeIf(v -> v.version() == version.version());
        versions.add(version);
        versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
        schemasById.putIfAbsent(version.id(), version.schema());
        idsBySchema.putIfAbsent(version.schema(), version.id());
        nextId = Math.max(nextId, version.id() + 1);
    }

    private List<Schema> parsedVersions(List<Version> versions) {
        return versions.stream().map(v -> parsedById.computeIfAbsent(v.id(), id -> parse(v.schema()))).toList();
    }

    private static Schema parse(String schemaText) {
        if (schemaText == null) {
            throw RegistryError.invalidSchema("no schema given");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (SchemaParseException | NullPointerException | IllegalArgumentException e) {
            throw RegistryError.invalidSchema(e.getMessage());
        }
    }

    private static int versionNumber(String version) {
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw RegistryError.invalidVersion(version);
    }

    private static ObjectNode schemaKey(String subject, int version) {
        return JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version)
                .put("magic", 1);
    }

    private static String schemaValue(Version version) {
        return JSON.createObjectNode().put("subject", version.subject()).put("version", version.version())
                .put("id", version.id()).put("schema", version.schema()).put("deleted", false).toString();
    }

    private static ObjectNode configKey(String subject) {
        ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG");
        if (subject == null) {
            key.putNull("subject");
        } else {
            key.put("subject", subject);
        }
        return key.put("magic", 0);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
