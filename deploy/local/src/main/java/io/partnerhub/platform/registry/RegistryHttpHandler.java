package io.partnerhub.platform.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Routes the Confluent Schema Registry REST paths we support to the {@link SchemaStore}. */
final class RegistryHttpHandler implements HttpHandler {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;

    RegistryHttpHandler(SchemaStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            JsonNode body;
            try {
                body = route(exchange.getRequestMethod(), segments(exchange), query(exchange), exchange);
            } catch (RegistryError e) {
                status = e.status;
                body = error(e.errorCode, e.getMessage());
            } catch (IOException | RuntimeException e) {
                status = 500;
                body = error(50001, "Error in the backend data store: " + e);
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private JsonNode route(String method, List<String> path, Map<String, String> query, HttpExchange exchange)
            throws IOException {
        String first = path.isEmpty() ? "" : path.get(0);
        int size = path.size();
        if (first.isEmpty()) {
            return JSON.createObjectNode();
        }
        if (first.equals("subjects")) {
            if (size == 1 && method.equals("GET")) {
                return strings(store.subjects());
            }
            String subject = path.size() > 1 ? path.get(1) : "";
            if (size == 2 && method.equals("POST")) {
                return version(store.lookup(subject, schema(exchange)));
            }
            if (size == 3 && path.get(2).equals("versions") && method.equals("GET")) {
                ArrayNode versions = JSON.createArrayNode();
                store.versions(subject).forEach(v -> versions.add(v.version()));
                return versions;
            }
            if (size == 3 && path.get(2).equals("versions") && method.equals("POST")) {
                SchemaStore.Version registered = store.register(subject, schema(exchange));
                return version(registered);
            }
            if (size == 4 && path.get(2).equals("versions") && method.equals("GET")) {
                return version(store.version(subject, path.get(3)));
            }
            if (size == 5 && path.get(2).equals("versions") && path.get(4).equals("schema") && method.equals("GET")) {
                return JSON.readTree(store.version(subject, path.get(3)).schema());
            }
        }
        if (first.equals("schemas") && size >= 3 && path.get(1).equals("ids") && method.equals("GET")) {
            int id = schemaId(path.get(2));
            if (size == 3) {
                return JSON.createObjectNode().put("schema", store.schemaById(id));
            }
            if (size == 4 && path.get(3).equals("schema")) {
                return JSON.readTree(store.schemaById(id));
            }
            if (size == 4 && path.get(3).equals("versions")) {
                ArrayNode versions = JSON.createArrayNode();
                store.versionsOfId(id).forEach(v -> versions.addObject().put("subject", v.subject())
                        .put("version", v.version()));
                return versions;
            }
            if (size == 4 && path.get(3).equals("subjects")) {
                return strings(store.versionsOfId(id).stream().map(SchemaStore.Version::subject).distinct().toList());
            }
        }
        if (first.equals("compatibility") && size == 5 && path.get(1).equals("subjects")
                && path.get(3).equals("versions") && method.equals("POST")) {
            List<String> problems = store.compatibilityProblems(path.get(2), path.get(4), schema(exchange));
            ObjectNode result = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
            if ("true".equals(query.get("verbose"))) {
                ArrayNode messages = result.putArray("messages");
                problems.forEach(messages::add);
            }
            return result;
        }
        if (first.equals("config") && size <= 2) {
            String subject = size == 2 ? path.get(1) : null;
            if (method.equals("GET")) {
                CompatibilityLevel level = subject == null ? store.globalLevel()
                        : store.subjectLevel(subject, "true".equals(query.get("defaultToGlobal")));
                return JSON.createObjectNode().put("compatibilityLevel", level.name());
            }
            if (method.equals("PUT")) {
                JsonNode request = JSON.readTree(exchange.getRequestBody());
                CompatibilityLevel level = CompatibilityLevel.parse(request == null ? ""
                        : request.path("compatibility").asText(request.path("compatibilityLevel").asText("")));
                store.setLevel(subject, level);
                return JSON.createObjectNode().put("compatibility", level.name());
            }
        }
        if (first.equals("mode") && method.equals("GET")) {
            return JSON.createObjectNode().put("mode", "READWRITE");
        }
        throw new RegistryError(404, 404, "HTTP 404 Not Found: " + method + " /" + String.join("/", path));
    }

    private static String schema(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        if (request == null || !request.path("schema").isTextual()) {
            throw RegistryError.invalidSchema("the request body has no \"schema\" string");
        }
        String type = request.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw RegistryError.invalidSchema("this development registry supports AVRO only, not " + type);
        }
        return request.get("schema").asText();
    }

    private static ObjectNode version(SchemaStore.Version version) {
        return JSON.createObjectNode().put("subject", version.subject()).put("version", version.version())
                .put("id", version.id()).put("schema", version.schema());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode error(int errorCode, String message) {
        return JSON.createObjectNode().put("error_code", errorCode).put("message", message);
    }

    private static int schemaId(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw RegistryError.schemaNotFound("id " + id);
        }
    }

    private static List<String> segments(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        List<String> segments = new ArrayList<>();
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).forEach(s -> segments.add(decode(s)));
        return segments;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
