package io.partnerhub.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads every operation of an OpenAPI 3 document, with {@code $ref}s resolved (recursion cut off). */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final int MAX_DEPTH = 6;

    private OpenApiOperations() {
    }

    public static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Operation.Parameter> inPath = new ArrayList<>();
                List<Operation.Parameter> inQuery = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    Operation.Parameter read = new Operation.Parameter(parameter.path("name").asText(),
                            resolve(parameter.path("schema"), components, 0), parameter.path("required").asBoolean());
                    switch (parameter.path("in").asText()) {
                        case "path" -> inPath.add(read);
                        case "query" -> inQuery.add(read);
                        default -> { }
                    }
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), inPath, inQuery,
                        body.isMissingNode() ? null : resolve(body, components, 0)));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return resolve(components.path(ref.substring(ref.lastIndexOf('/') + 1)), components, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = ((ObjectNode) schema).deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            schema.path("properties").fields().forEachRemaining(property ->
                    properties.set(property.getKey(), resolve(property.getValue(), components, depth + 1)));
            resolved.set("properties", properties);
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(schema.path("items"), components, depth + 1));
        }
        if (schema.has("allOf") && schema.path("allOf").size() > 0) {
            return resolve(schema.path("allOf").get(0), components, depth + 1);
        }
        return resolved;
    }
}
