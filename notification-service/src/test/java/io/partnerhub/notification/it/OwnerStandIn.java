package io.partnerhub.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * tender-service's {@code POST /open-tender-checks} and partnership-service's
 * {@code POST /invitation-link-checks} (and the release of its send holds), served by a real HTTP server on a free port, with answers
 * the test decides. By default every tender is open and every link live, so tests that do not
 * care see the service as before. Controls are per tender / invitation id, so tests sharing the
 * one server do not disturb each other. Unavailability is per id too: a request naming such an
 * id is answered 503, or its connection is dropped without an answer.
 */
final class OwnerStandIn {

    private static final OwnerStandIn SHARED = new OwnerStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Failure { ANSWER_503, DROP_CONNECTION }

    private final HttpServer server;
    private final Set<String> closedTenders = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> openAnswersLeft = new ConcurrentHashMap<>();
    private final Set<String> deadInvitations = ConcurrentHashMap.newKeySet();
    private final Map<String, String> onlyLiveLink = new ConcurrentHashMap<>();
    private final Map<String, Failure> unavailable = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requestsNaming = new ConcurrentHashMap<>();
    private final List<JsonNode> linkRequests = new CopyOnWriteArrayList<>();
    private final List<String> releasedHolds = new CopyOnWriteArrayList<>();
    private volatile String lastAuthorization;

    private OwnerStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/open-tender-checks", this::openTenderChecks);
        server.createContext("/invitation-link-checks", this::invitationLinkChecks);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "owner-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    static OwnerStandIn shared() {
        return SHARED;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** tender-service says: cancelled or expired. */
    void closeTender(String tenderId) {
        closedTenders.add(tenderId);
    }

    /** Open for the next {@code answers} checks that name it, closed from then on (cancelled mid-fan-out). */
    void closeTenderAfter(String tenderId, int answers) {
        openAnswersLeft.put(tenderId, new AtomicInteger(answers));
    }

    /** partnership-service says: none of this invitation's links is live (answered, cancelled, expired). */
    void killInvitation(String invitationId) {
        deadInvitations.add(invitationId);
    }

    /** Only the link with this token hash is live (the invitation was resent: older links are dead). */
    void onlyLinkLive(String invitationId, String tokenHash) {
        onlyLiveLink.put(invitationId, tokenHash);
    }

    /** Requests naming this tender or invitation id fail like an owner that is down. */
    void unavailableFor(String id, Failure failure) {
        unavailable.put(id, failure);
    }

    void availableAgain(String id) {
        unavailable.remove(id);
    }

    /** How many requests named this tender or invitation id (answered or not). */
    int requestsNaming(String id) {
        AtomicInteger count = requestsNaming.get(id);
        return count == null ? 0 : count.get();
    }

    List<JsonNode> linkRequests() {
        return List.copyOf(linkRequests);
    }

    /** The holders whose send holds were let go ({@code DELETE /invitation-link-checks/holds/{holder}}). */
    List<String> releasedHolds() {
        return List.copyOf(releasedHolds);
    }

    /** The Authorization header of the last request. */
    String lastAuthorization() {
        return lastAuthorization;
    }

    private void openTenderChecks(HttpExchange exchange) throws IOException {
        JsonNode body = read(exchange);
        List<String> ids = new ArrayList<>();
        body.path("tenderIds").forEach(id -> ids.add(id.asText()));
        if (failed(exchange, ids)) {
            return;
        }
        List<String> open = new ArrayList<>();
        for (String id : ids) {
            AtomicInteger left = openAnswersLeft.get(id);
            boolean stillOpen = left == null ? !closedTenders.contains(id) : left.getAndDecrement() > 0;
            if (stillOpen) {
                open.add(id);
            }
        }
        respond(exchange, 200, Map.of("open", open));
    }

    private void invitationLinkChecks(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            String path = exchange.getRequestURI().getPath();
            releasedHolds.add(path.substring(path.lastIndexOf('/') + 1));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        JsonNode body = read(exchange);
        linkRequests.add(body);
        List<String> ids = new ArrayList<>();
        body.path("links").forEach(link -> ids.add(link.path("invitationId").asText()));
        if (failed(exchange, ids)) {
            return;
        }
        List<String> live = new ArrayList<>();
        for (JsonNode link : body.path("links")) {
            String id = link.path("invitationId").asText();
            String onlyLive = onlyLiveLink.get(id);
            if (!deadInvitations.contains(id) && (onlyLive == null || onlyLive.equals(link.path("tokenHash").asText()))) {
                live.add(id);
            }
        }
        respond(exchange, 200, Map.of("live", live));
    }

    private boolean failed(HttpExchange exchange, List<String> ids) throws IOException {
        ids.forEach(id -> requestsNaming.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet());
        Failure failure = ids.stream().map(unavailable::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (failure == Failure.ANSWER_503) {
            respond(exchange, 503, Map.of("title", "Service Unavailable"));
            return true;
        }
        if (failure == Failure.DROP_CONNECTION) {
            exchange.close();
            return true;
        }
        return false;
    }

    private JsonNode read(HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        return JSON.readTree(exchange.getRequestBody().readAllBytes());
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
