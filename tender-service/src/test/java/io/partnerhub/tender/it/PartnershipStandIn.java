package io.partnerhub.tender.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * partnership-service's {@code GET /tender-subscribers?after=&limit=} as a small real HTTP server
 * (partnership-service is not in this JVM), serving the opted-in partners the test puts in it.
 * It checks what the owner would (a bearer token with role SERVICE, limit 1..1000), can be taken
 * down (503) and brought back, remembers every call and can run a hook while it answers one.
 */
public final class PartnershipStandIn implements AutoCloseable {

    private static PartnershipStandIn shared;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as the stand-in received it. */
    public record Call(String after, int limit, String traceparent, String subject, List<String> roles, int status) {

        /** The trace id of the call's traceparent, or null. */
        public String traceId() {
            return traceparent == null ? null : traceparent.split("-")[1];
        }
    }

    /** A partner as the owner describes it, opted in to tenders. */
    public record Subscriber(String partnerId, String legalName, String email, String language, String personName,
                             List<String> productCategories, List<String> languages, long version) {

        public static Subscriber of(String partnerId, List<String> categories, List<String> languages) {
            return new Subscriber(partnerId, "Partner " + partnerId + " AG", partnerId + "@partners.example", "DE",
                    "Sales " + partnerId, categories, languages, 3);
        }
    }

    private record Hook(Predicate<Call> when, Runnable action) {
    }

    private final HttpServer server;
    private final NavigableMap<String, Subscriber> subscribers = new ConcurrentSkipListMap<>();
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();
    private final List<Throwable> hookFailures = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private PartnershipStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the partnership-service stand-in", e);
        }
        server.createContext("/tender-subscribers", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "partnership-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The JVM's stand-in, which the cached test context is pointed at. */
    public static synchronized PartnershipStandIn shared() {
        if (shared == null) {
            shared = new PartnershipStandIn();
        }
        return shared;
    }

    /** A stand-in of its own (a test with its own application contexts); close it after. */
    public static PartnershipStandIn start() {
        return new PartnershipStandIn();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The partner opts in (or changes its wishes) at the owner. */
    public void optIn(Subscriber subscriber) {
        subscribers.put(subscriber.partnerId(), subscriber);
    }

    public void optIn(String partnerId, List<String> categories, List<String> languages) {
        optIn(Subscriber.of(partnerId, categories, languages));
    }

    /** {@code count} partners {@code prefix-000000…} opted in to {@code category} only, in every language. */
    public void seed(String prefix, String category, int count) {
        for (int i = 0; i < count; i++) {
            String id = partnerId(prefix, i);
            optIn(new Subscriber(id, "Partner " + id, id + "@partners.example", "EN", null, List.of(category), List.of(),
                    1));
        }
    }

    public static String partnerId(String prefix, int index) {
        return String.format("%s-%06d", prefix, index);
    }

    /** Every partner whose id starts with {@code prefix} opts out. */
    public void optOutAll(String prefix) {
        optOutWhere(id -> id.startsWith(prefix));
    }

    /** Every partner whose id matches opts out (a test removing its partners). */
    public void optOutWhere(Predicate<String> partnerId) {
        subscribers.keySet().removeIf(partnerId);
    }

    /** The partner opts out at the owner. */
    public void optOut(String partnerId) {
        subscribers.remove(partnerId);
    }

    /** Everyone opts out (a test that needs pages holding only its own partners). */
    public void clear() {
        subscribers.clear();
    }

    /** Down: every call answers 503, as a partnership-service that cannot answer. */
    public void down(boolean down) {
        this.down = down;
    }

    /** Runs {@code action} while answering a call that matches, before the answer is written. */
    public void onCall(Predicate<Call> when, Runnable action) {
        hooks.add(new Hook(when, action));
    }

    /** Removes the hooks (and forgets their failures). */
    public void clearHooks() {
        hooks.clear();
        hookFailures.clear();
    }

    /** What hooks threw (the call was answered anyway). */
    public List<Throwable> hookFailures() {
        return List.copyOf(hookFailures);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsInTrace(String traceId) {
        return calls.stream().filter(call -> traceId.equals(call.traceId())).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Map<String, Object> claims = claims(exchange.getRequestHeaders().getFirst("Authorization"));
            @SuppressWarnings("unchecked")
            List<String> roles = claims.get("roles") instanceof List<?> list ? (List<String>) list : List.of();
            int limit = parseLimit(query.get("limit"));
            String after = query.get("after");
            int status = !"GET".equals(exchange.getRequestMethod()) ? 405
                    : claims.isEmpty() ? 401
                    : !roles.contains("SERVICE") && !roles.contains("OPS") ? 403
                    : limit < 1 || limit > 1000 ? 400
                    : down ? 503 : 200;
            Call call = new Call(after, limit, exchange.getRequestHeaders().getFirst("traceparent"),
                    (String) claims.get("sub"), roles, status);
            calls.add(call);
            for (Hook hook : hooks) {
                try {
                    if (hook.when().test(call)) {
                        hook.action().run();
                    }
                } catch (RuntimeException | AssertionError e) {
                    hookFailures.add(e);
                }
            }
            if (status != 200) {
                respond(exchange, status, Map.of("status", status, "title", "stand-in says " + status));
                return;
            }
            NavigableMap<String, Subscriber> rest = after == null ? subscribers : subscribers.tailMap(after, false);
            List<Subscriber> page = new ArrayList<>(Math.min(limit, rest.size()));
            for (Subscriber subscriber : rest.values()) {
                if (page.size() == limit) {
                    break;
                }
                page.add(subscriber);
            }
            respond(exchange, 200, Map.of("subscribers", page));
        }
    }

    private static int parseLimit(String limit) {
        try {
            return limit == null ? -1 : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The bearer token's claims, unverified (the embedded issuer signed it; the owner would verify). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Map.of();
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return Map.of();
        }
        try {
            return new LinkedHashMap<>(JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class));
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
