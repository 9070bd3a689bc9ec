package io.partnerhub.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Requests a hostile caller sends, generated for every operation the running application's
 * OpenAPI document lists: bodies with one field replaced by a wrong type, a null, a 100 KB string,
 * control characters, a Mongo operator object or an absurd number, fields missing or extra, lists
 * holding a null, bodies that are not JSON at all; ids with traversal and percent-encoding tricks;
 * hostile query values; oversized headers. Each is sent with one of the given tokens (or none),
 * and the answer must never be a 5xx, every 4xx an {@code application/problem+json} document, and
 * (sampled) a refused request must leave the service's state as it was.
 */
public final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STATE_SAMPLE_EVERY = 25;
    /** Fixed, so that a run is repeatable and a defect it finds is found again. */
    private static final long SEED = 20261202L;

    private final URI base;
    private final List<String> tokens;
    private final Supplier<Object> state;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Operation, BodyMutations> mutations = new HashMap<>();
    private final Map<Operation, Integer> sent = new HashMap<>();

    private HostileRequests(URI base, List<String> tokens, Supplier<Object> state) {
        this.base = base;
        this.tokens = tokens;
        this.state = state;
    }

    /**
     * Against the application at {@code base}, sending each request with one of {@code tokens}
     * (bearer tokens, the most capable first: it is used for most requests; a {@code null} entry
     * sends none), comparing {@code state} (a fingerprint of
     * what the service stores) before and after a sample of the refused requests.
     */
    public static HostileRequests against(URI base, List<String> tokens, Supplier<Object> state) {
        return new HostileRequests(base, tokens, state);
    }

    /**
     * Against the application on this local port, with the usual callers (most requests as a legal
     * representative of an organization of its own, the rest as a collaborator, operations,
     * another service or nobody) from the embedded platform's token issuer.
     */
    public static HostileRequests againstLocalPort(int port, Supplier<Object> state) {
        TokenIssuer tokens = EmbeddedPlatform.shared().tokens();
        List<String> callers = Arrays.asList(tokens.issue("u-hostile", "org-hostile", Set.of("LEGAL_REPRESENTATIVE")),
                tokens.issue("u-collaborator", "org-hostile", Set.of("COLLABORATOR")),
                tokens.issue("u-ops", "provider", Set.of("OPS")), tokens.issueForService("hostile-service"), null);
        return against(URI.create("http://127.0.0.1:" + port), callers, state);
    }

    /** Sends the requests, prints the summary line and fails, listing them, when there are defects. */
    public Report runAndAssertNoDefects(String service, int count) throws IOException, InterruptedException {
        Report report = run(count, SEED);
        System.out.println(report.summary(service));
        if (!report.defects().isEmpty()) {
            throw new AssertionError(report.summary(service) + ":\n  " + String.join("\n  ", report.defects()));
        }
        return report;
    }

    /** What the run found. */
    public record Report(int requests, int operations, int answered2xx, int answered4xx, List<String> defects) {

        public String summary(String service) {
            return String.format(Locale.ROOT, "[hostile] %s: %d requests over %d operations: %d 2xx, %d 4xx, %d defects",
                    service, requests, operations, answered2xx, answered4xx, defects.size());
        }
    }

    /** Sends {@code count} requests spread over every operation, from the seed. */
    public Report run(int count, long seed) throws IOException, InterruptedException {
        List<Operation> operations = OpenApiOperations.of(JSON.readTree(get("/v3/api-docs").body()));
        if (operations.isEmpty()) {
            throw new IllegalStateException(base + "/v3/api-docs lists no operation");
        }
        Random random = new Random(seed);
        List<String> defects = new ArrayList<>();
        int ok = 0;
        int refused = 0;
        for (int i = 0; i < count; i++) {
            Operation operation = operations.get(i % operations.size());
            HttpRequest request = hostile(operation, random);
            Object before = i % STATE_SAMPLE_EVERY == 0 ? state.get() : null;
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                defects.add(describe(request, "no answer: " + e));
                continue;
            }
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                defects.add(describe(request, status + " " + abbreviate(response.body())));
            } else if (status >= 400) {
                refused++;
                if (!type.startsWith("application/problem+json")) {
                    defects.add(describe(request, status + " without a problem document (" + type + "): "
                            + abbreviate(response.body())));
                } else if (before != null && !Objects.equals(before, state.get())) {
                    defects.add(describe(request, status + " but the stored state changed"));
                }
            } else {
                ok++;
            }
        }
        return new Report(count, operations.size(), ok, refused, defects);
    }

    private HttpRequest hostile(Operation operation, Random random) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.pathParameters()) {
            String id = random.nextInt(3) == 0 ? "x" + random.nextInt(100)
                    : HostileValues.PATH_IDS.get(random.nextInt(HostileValues.PATH_IDS.size()));
            path = path.replace("{" + parameter.name() + "}", id);
        }
        StringBuilder query = new StringBuilder();
        for (Operation.Parameter parameter : operation.queryParameters()) {
            if (!parameter.required() && random.nextBoolean()) {
                continue;
            }
            String value = random.nextInt(3) == 0 ? HostileValues.plausible(parameter.schema(), random).asText()
                    : HostileValues.text(random);
            query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.name())).append('=').append(encode(value));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + query))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        // mostly the first (most capable) caller, so that the body gets past authentication and is read
        String token = tokens.get(random.nextInt(3) > 0 ? 0 : random.nextInt(tokens.size()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (random.nextInt(40) == 0) {
            request.header("X-Oversized", "h".repeat(9 * 1024));
        }
        String body = body(operation, sent.merge(operation, 1, Integer::sum) - 1, random);
        if (body == null) {
            return request.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        request.header("Content-Type", random.nextInt(30) == 0 ? "text/plain" : "application/json");
        return request.method(operation.method(), HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The body to send: none for operations without one (mostly), else the next single-place change. */
    private String body(Operation operation, int nth, Random random) {
        if (operation.bodySchema() == null) {
            return random.nextInt(10) == 0 ? "{\"unexpected\":true}" : null;
        }
        if (random.nextInt(8) == 0) {
            return HostileValues.RAW_BODIES.get(random.nextInt(HostileValues.RAW_BODIES.size()));
        }
        return mutations.computeIfAbsent(operation, any ->
                new BodyMutations(HostileValues.plausible(operation.bodySchema(), random))).nth(nth, random).toString();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(HttpRequest request, String what) {
        String uri = request.uri().toString();
        return request.method() + " " + abbreviate(uri) + " → " + what;
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }
}
