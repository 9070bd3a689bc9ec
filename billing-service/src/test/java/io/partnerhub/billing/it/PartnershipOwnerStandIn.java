package io.partnerhub.billing.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PartnershipTerminated;
import org.apache.avro.specific.SpecificRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for partnership-service, the owner of partnerships, on a real HTTP port: it serves
 * {@code GET /partnership-terms} exactly as the owner's contract says, from what the test put in it
 * (never from billing's read model), so a test can make the owner and billing's read model disagree.
 * One per test JVM (the Spring context is shared). It can fail like a real peer: answer 500, or be
 * stopped (connection refused) and started again on the same port.
 */
final class PartnershipOwnerStandIn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PartnershipOwnerStandIn shared;

    /** One live partnership at the owner, as the contract serves it. */
    record Terms(String partnershipId, String partnerId, String customerId, String accessLevel, List<String> productIds,
                 List<String> productCategories, String paymentMode, String startedAt, long version) {

        static Terms full(String partnershipId, String partnerId, String customerId, String paymentMode, long version) {
            return new Terms(partnershipId, partnerId, customerId, "FULL", List.of(), List.of(), paymentMode,
                    Instant.now().toString(), version);
        }

        static Terms limited(String partnershipId, String partnerId, String customerId, long version,
                             String... categories) {
            return new Terms(partnershipId, partnerId, customerId, "LIMITED", List.of(), List.of(categories), null,
                    Instant.now().toString(), version);
        }

        Terms withPaymentMode(String mode, long newVersion) {
            return new Terms(partnershipId, partnerId, customerId, accessLevel, productIds, productCategories, mode,
                    startedAt, newVersion);
        }

        Terms withAccess(Access access, long newVersion) {
            return new Terms(partnershipId, partnerId, customerId, access.getLevel().name(), list(access.getProductIds()),
                    list(access.getProductCategories()), access.getPaymentMode() == null ? null
                    : access.getPaymentMode().name(), startedAt, newVersion);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("partnershipId", partnershipId);
            json.put("partnerId", partnerId);
            json.put("customerId", customerId);
            json.put("accessLevel", accessLevel);
            json.put("productIds", productIds);
            json.put("productCategories", productCategories);
            json.put("paymentMode", "FULL".equals(accessLevel) ? paymentMode : null);
            json.put("startedAt", startedAt);
            json.put("version", version);
            return json;
        }
    }

    /** A request the stand-in received: its query (decoded) and its Authorization header. */
    record Received(Map<String, String> query, String authorization) {
    }

    private record Rights(boolean allCustomers, Set<String> customers) {
    }

    private final int port;
    private final Map<String, Terms> live = new ConcurrentHashMap<>();
    private final Map<String, Rights> collaborators = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean failing;
    private volatile HttpServer server;

    private PartnershipOwnerStandIn(HttpServer server) {
        this.server = server;
        this.port = server.getAddress().getPort();
    }

    static synchronized PartnershipOwnerStandIn shared() {
        if (shared == null) {
            shared = new PartnershipOwnerStandIn(bind(0));
            shared.serve();
        }
        return shared;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    // --- what the owner holds -------------------------------------------------------------------

    void put(Terms terms) {
        live.put(terms.partnershipId(), terms);
    }

    /** The partnership ended (or never was): the owner no longer lists it. */
    void end(String partnershipId) {
        live.remove(partnershipId);
    }

    Optional<Terms> terms(String partnershipId) {
        return Optional.ofNullable(live.get(partnershipId));
    }

    void assign(String partnerId, String userId, String... customers) {
        collaborators.put(partnerId + "|" + userId, new Rights(false, Set.of(customers)));
    }

    void withdraw(String partnerId, String userId) {
        collaborators.remove(partnerId + "|" + userId);
    }

    /** What partnership-service confirmed before publishing {@code event}: the owner holds it from now on. */
    void confirm(SpecificRecord event) {
        if (event instanceof PartnershipStarted started) {
            Access access = started.getGrantedAccess();
            put(new Terms(started.getPartnershipId(), started.getPartnerId(), started.getCustomerId(),
                    access.getLevel().name(), list(access.getProductIds()), list(access.getProductCategories()),
                    access.getPaymentMode() == null ? null : access.getPaymentMode().name(),
                    started.getMetadata().getOccurredAt().toString(), started.getMetadata().getAggregateVersion()));
        } else if (event instanceof PartnershipAccessChanged changed) {
            terms(changed.getPartnershipId()).ifPresent(terms -> put(terms.withAccess(changed.getAccess(),
                    changed.getMetadata().getAggregateVersion())));
        } else if (event instanceof PartnershipPaymentModeChanged changed) {
            terms(changed.getPartnershipId()).ifPresent(terms -> put(terms.withPaymentMode(
                    changed.getPaymentMode().name(), changed.getMetadata().getAggregateVersion())));
        } else if (event instanceof PartnershipTerminated terminated) {
            end(terminated.getPartnershipId());
        } else if (event instanceof PartnerCollaboratorRightsChanged rights) {
            String key = rights.getPartnerId() + "|" + rights.getCollaboratorUserId();
            if (rights.getWithdrawn()) {
                collaborators.remove(key);
            } else {
                collaborators.put(key, new Rights(rights.getAllCustomers(), Set.copyOf(rights.getCustomerIds())));
            }
        }
    }

    // --- how it answers -------------------------------------------------------------------------

    /** Answers again (started again on the same port if it was stopped). */
    synchronized void answering() {
        failing = false;
        if (server == null) {
            server = bind(port);
            serve();
        }
    }

    /** Every request answers 500. */
    void failing() {
        failing = true;
    }

    /** Not listening at all: connections are refused. */
    synchronized void stopped() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void serve() {
        server.createContext("/partnership-terms", this::terms);
        server.start();
    }

    private static HttpServer bind(int port) {
        for (int attempt = 0; ; attempt++) {
            try {
                return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (BindException busy) {
                if (attempt >= 50) {
                    throw new IllegalStateException("Cannot bind the owner stand-in to port " + port, busy);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the owner stand-in", e);
            }
        }
    }

    private void terms(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        received.add(new Received(query, authorization));
        if (failing) {
            respond(exchange, 500, Map.of("status", 500, "detail", "the stand-in is failing on purpose"));
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, Map.of("status", 405));
            return;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            respond(exchange, 401, Map.of("status", 401));
            return;
        }
        String customerId = query.get("customerId");
        String partnerId = query.get("partnerId");
        String userId = query.get("userId");
        if (customerId == null && partnerId == null) {
            respond(exchange, 400, Map.of("status", 400, "detail", "customerId or partnerId is required"));
            return;
        }
        List<Map<String, Object>> partnerships = new ArrayList<>();
        live.values().stream()
                .filter(terms -> customerId == null || terms.customerId().equals(customerId))
                .filter(terms -> partnerId == null || terms.partnerId().equals(partnerId))
                .forEach(terms -> partnerships.add(terms.json()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("partnerships", partnerships);
        if (customerId != null && partnerId != null && userId != null) {
            Rights rights = collaborators.get(partnerId + "|" + userId);
            answer.put("collaborator", Map.of("userId", userId, "mayManage",
                    rights != null && (rights.allCustomers() || rights.customers().contains(customerId))));
        }
        respond(exchange, 200, answer);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static List<String> list(List<? extends CharSequence> values) {
        return values == null ? List.of() : values.stream().map(CharSequence::toString).toList();
    }
}
