package io.partnerhub.kit.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small client for the Confluent Schema Registry REST API (the part our serde and tooling use).
 * Schemas travel as strings; {@link CachedSchemaRegistry} adds Avro parsing and caches. Several
 * base URLs may be given: a connection failure moves on to the next one.
 */
public class SchemaRegistryClient {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<URI> baseUrls;
    private final String authorization;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param urls              registry base URLs
     * @param basicAuthUserInfo {@code user:password} for HTTP basic auth, or null
     */
    public SchemaRegistryClient(List<String> urls, String basicAuthUserInfo) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("At least one schema registry URL is required");
        }
        this.baseUrls = urls.stream().map(url -> URI.create(url.endsWith("/") ? url : url + "/")).toList();
        this.authorization = basicAuthUserInfo == null || basicAuthUserInfo.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString(basicAuthUserInfo.getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public SchemaRegistryClient(String url) {
        this(List.of(url), null);
    }

    /** Registers the schema under the subject (or finds it there) and returns its global id. */
    public int register(String subject, String schema) {
        return send("POST", "subjects/" + encode(subject) + "/versions", schemaBody(schema)).get("id").asInt();
    }

    /** Finds this exact schema under the subject: 404 (40401 or 40403) when it is not there. */
    public RegisteredSchema lookup(String subject, String schema) {
        return registered(send("POST", "subjects/" + encode(subject), schemaBody(schema)));
    }

    public String schemaById(int id) {
        return send("GET", "schemas/ids/" + id, null).get("schema").asText();
    }

    public List<Integer> versions(String subject) {
        List<Integer> versions = new ArrayList<>();
        send("GET", "subjects/" + encode(subject) + "/versions", null).forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    public RegisteredSchema version(String subject, int version) {
        return registered(send("GET", "subjects/" + encode(subject) + "/versions/" + version, null));
    }

    public RegisteredSchema latest(String subject) {
        return registered(send("GET", "subjects/" + encode(subject) + "/versions/latest", null));
    }

    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send("GET", "subjects", null).forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /** Whether the schema may be registered under the subject (tested against the latest version). */
    public boolean isCompatible(String subject, String schema) {
        return send("POST", "compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema))
                .get("is_compatible").asBoolean();
    }

    public CompatibilityLevel globalCompatibility() {
        return level(send("GET", "config", null));
    }

    public CompatibilityLevel setGlobalCompatibility(CompatibilityLevel level) {
        return level(send("PUT", "config", levelBody(level)));
    }

    /** The subject's level, or the global one when the subject has none of its own. */
    public CompatibilityLevel subjectCompatibility(String subject) {
        return level(send("GET", "config/" + encode(subject) + "?defaultToGlobal=true", null));
    }

    public CompatibilityLevel setSubjectCompatibility(String subject, CompatibilityLevel level) {
        return level(send("PUT", "config/" + encode(subject), levelBody(level)));
    }

    /** HTTP requests sent so far (lets tests prove that caches work). */
    public long requestCount() {
        return requests.get();
    }

    private JsonNode send(String method, String path, JsonNode body) {
        IOException lastFailure = null;
        for (URI baseUrl : baseUrls) {
            HttpRequest request = request(method, baseUrl.resolve(path), body);
            try {
                requests.incrementAndGet();
                return handle(http.send(request, HttpResponse.BodyHandlers.ofString()), request);
            } catch (IOException e) {
                lastFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnavailableException("Interrupted calling the schema registry", e);
            }
        }
        throw new SchemaRegistryUnavailableException("Schema registry unreachable at " + baseUrls + ": " + lastFailure,
                lastFailure);
    }

    private HttpRequest request(String method, URI uri, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", ACCEPT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", CONTENT_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private JsonNode handle(HttpResponse<String> response, HttpRequest request) throws IOException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return json.readTree(response.body());
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new SchemaRegistryUnavailableException(
                    "Schema registry answered " + status + " to " + request.method() + " " + request.uri());
        }
        throw error(status, response.body(), request);
    }

    private SchemaRegistryException error(int status, String body, HttpRequest request) {
        int errorCode = status;
        String message = body;
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.has("error_code")) {
                errorCode = node.get("error_code").asInt();
                message = node.path("message").asText(body);
            }
        } catch (IOException notJson) {
            // keep the raw body as the message
        }
        return new SchemaRegistryException(status, errorCode, request.method() + " " + request.uri() + ": " + message);
    }

    private ObjectNode schemaBody(String schema) {
        return json.createObjectNode().put("schema", schema);
    }

    private ObjectNode levelBody(CompatibilityLevel level) {
        return json.createObjectNode().put("compatibility", level.name());
    }

    private static RegisteredSchema registered(JsonNode node) {
        return new RegisteredSchema(node.path("subject").asText(null), node.get("id").asInt(),
                node.path("version").asInt(), node.get("schema").asText());
    }

    private static CompatibilityLevel level(JsonNode node) {
        JsonNode level = node.has("compatibilityLevel") ? node.get("compatibilityLevel") : node.get("compatibility");
        return CompatibilityLevel.valueOf(level.asText());
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
