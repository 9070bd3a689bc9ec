package io.partnerhub.testing.authorization;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.hostile.OpenApiOperations;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A service's authorization matrix: a Markdown table (one row per endpoint, one column per
 * {@link Caller} kind, each cell the status that caller must get) read from the test resources,
 * checked against the running application's OpenAPI document (every operation with a path
 * variable must have a row, and every row must name an operation that exists) and then driven
 * cell by cell through real HTTP requests. A refusal must also be a problem document, and a 401
 * must carry a bearer challenge.
 */
public final class AuthorizationMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)\\s+/.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");
    private static final String WHY = "why";
    /** JSON first, as an API client asks; anything else (a CSV export) when an endpoint offers only that. */
    private static final String ACCEPT = "application/json, application/problem+json, */*;q=0.1";

    private final String source;
    private final Map<Endpoint, Map<Caller, Integer>> rows;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AuthorizationMatrix(String source, Map<Endpoint, Map<Caller, Integer>> rows) {
        this.source = source;
        this.rows = rows;
    }

    /** The matrix in the class-path resource {@code name} (for example {@code /authorization-matrix.md}). */
    public static AuthorizationMatrix fromResource(String name) throws IOException {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AuthorizationMatrix parse(String source, String markdown) {
        List<Caller> columns = null;
        Map<Endpoint, Map<Caller, Integer>> rows = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : markdown.split("\n")) {
            lineNumber++;
            String trimmed = line.trim();
            if (!trimmed.startsWith("|") || trimmed.startsWith("|-") || trimmed.startsWith("| -")) {
                continue;
            }
            List<String> cells = cells(trimmed);
            String where = source + ":" + lineNumber;
            if (cells.get(0).equalsIgnoreCase("endpoint")) {
                columns = columns(cells.subList(1, cells.size()), where);
            } else if (ROW.matcher(cells.get(0)).matches()) {
                if (columns == null) {
                    throw new IllegalArgumentException(where + ": a row before the '| endpoint | …' heading");
                }
                Endpoint endpoint = Endpoint.parse(cells.get(0));
                if (rows.put(endpoint, statuses(columns, cells.subList(1, cells.size()), where)) != null) {
                    throw new IllegalArgumentException(where + ": a second row for " + endpoint);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + " has no row");
        }
        return new AuthorizationMatrix(source, rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim().replace("`", ""));
        }
        return cells;
    }

    private static List<Caller> columns(List<String> headings, String where) {
        List<Caller> columns = new ArrayList<>();
        for (String heading : headings) {
            if (heading.equalsIgnoreCase(WHY)) {
                columns.add(null);
                continue;
            }
            columns.add(Caller.byHeading(heading).orElseThrow(() -> new IllegalArgumentException(
                    where + ": unknown caller column '" + heading + "'")));
        }
        Set<Caller> missing = new TreeSet<>(Set.of(Caller.values()));
        columns.stream().filter(java.util.Objects::nonNull).forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(where + ": no column for " + missing);
        }
        return columns;
    }

    private static Map<Caller, Integer> statuses(List<Caller> columns, List<String> cells, String where) {
        if (cells.size() < columns.size()) {
            throw new IllegalArgumentException(where + ": " + cells.size() + " cells for " + columns.size() + " columns");
        }
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        for (int i = 0; i < columns.size(); i++) {
            Caller caller = columns.get(i);
            if (caller == null) {
                continue;
            }
            if (!STATUS.matcher(cells.get(i)).matches()) {
                throw new IllegalArgumentException(where + ": '" + cells.get(i) + "' for " + caller.heading()
                        + " is not a status code");
            }
            statuses.put(caller, Integer.parseInt(cells.get(i)));
        }
        return statuses;
    }

    /** The status {@code caller} must get from {@code endpoint}, or null when the matrix has no such row. */
    Integer expected(Endpoint endpoint, Caller caller) {
        Map<Caller, Integer> row = rows.get(endpoint);
        return row == null ? null : row.get(caller);
    }

    /** What a run found. */
    public record Report(int endpoints, int cells, List<String> wrong) {

        public String summary(String service) {
            return String.format(Locale.ROOT, "[authorization] %s: %d endpoints × %d callers = %d cells, %d wrong",
                    service, endpoints, Caller.values().length, cells, wrong.size());
        }
    }

    /**
     * Checks the rows against the OpenAPI document at {@code base}, sends every cell, prints the
     * summary line and fails, listing every wrong cell, when one is.
     */
    public Report runAndAssert(String service, URI base, MatrixWorld world) throws Exception {
        assertCovers(base);
        Report report = run(base, world);
        System.out.println(report.summary(service));
        if (!report.wrong().isEmpty()) {
            throw new AssertionError(report.summary(service) + " (" + source + "):\n  "
                    + String.join("\n  ", report.wrong()));
        }
        return report;
    }

    /** Fails when an operation with a path variable has no row, or a row names no operation. */
    public void assertCovers(URI base) throws IOException, InterruptedException {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(base.resolve("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Set<Endpoint> exposed = OpenApiOperations.of(JSON.readTree(document.body())).stream()
                .map(operation -> new Endpoint(operation.method(), operation.path()))
                .collect(Collectors.toCollection(() -> new TreeSet<>(java.util.Comparator.comparing(Endpoint::toString))));
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : exposed) {
            if (endpoint.path().contains("{") && !rows.containsKey(endpoint)) {
                problems.add("no row for " + endpoint + ", which the application exposes");
            }
        }
        for (Endpoint endpoint : rows.keySet()) {
            if (!exposed.contains(endpoint)) {
                problems.add("a row for " + endpoint + ", which the application does not expose");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(source + " does not match the application's OpenAPI document:\n  "
                    + String.join("\n  ", problems));
        }
    }

    Report run(URI base, MatrixWorld world) throws Exception {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<Endpoint, Map<Caller, Integer>> row : rows.entrySet()) {
            Endpoint endpoint = row.getKey();
            for (Map.Entry<Caller, Integer> cell : row.getValue().entrySet()) {
                cells++;
                Caller caller = cell.getKey();
                CellRequest request = switch (caller) {
                    case ANONYMOUS -> world.request(endpoint, Caller.OWNER).withToken(null);
                    case EXPIRED -> expired(world.request(endpoint, Caller.OWNER));
                    default -> world.request(endpoint, caller);
                };
                HttpResponse<String> response = http.send(http(base, endpoint, request),
                        HttpResponse.BodyHandlers.ofString());
                String fault = fault(cell.getValue(), response);
                if (fault != null) {
                    wrong.add(endpoint + " as " + caller.heading() + ": " + fault);
                }
            }
        }
        return new Report(rows.size(), cells, wrong);
    }

    private static String fault(int expected, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status != expected) {
            return "expected " + expected + ", got " + status + " " + abbreviate(response.body());
        }
        if (status >= 400 && !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json")) {
            return status + " without a problem document";
        }
        if (status == 401 && !response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
            return "401 without a bearer challenge";
        }
        return null;
    }

    private static HttpRequest http(URI base, Endpoint endpoint, CellRequest cell) {
        String path = endpoint.path();
        for (Map.Entry<String, String> variable : cell.pathVariables().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", encode(variable.getValue()));
        }
        if (path.contains("{")) {
            throw new IllegalStateException(endpoint + ": the world left a path variable unfilled: " + path);
        }
        String query = cell.query().entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(30)).header("Accept", ACCEPT);
        if (cell.bearerToken() != null) {
            request.header("Authorization", "Bearer " + cell.bearerToken());
        }
        if (cell.jsonBody() == null) {
            return request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(cell.jsonBody())).build();
    }

    /** The same claims as the cell's token (or a stranger's, when it has none), expired ten minutes ago. */
    private static CellRequest expired(CellRequest owners) {
        var tokens = EmbeddedPlatform.shared().tokens();
        String token = owners.bearerToken() != null ? owners.bearerToken()
                : tokens.issue("u-expired", "org-expired", Set.of("LEGAL_REPRESENTATIVE"));
        return owners.withToken(tokens.expiredCopyOf(token));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
