package io.partnerhub.platform.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /jwks} and {@code GET /.well-known/jwks.json} (the public key set) and {@code POST /token} with JSON
 * {@code {userId, organizationId, roles, authTime?, email?}} (authTime: epoch seconds or ISO-8601)
 * answering {@code {access_token, token_type, expires_in}}. Bound to 127.0.0.1 only.
 */
final class TokenHttpServer {

    static final String JWKS_PATH = "/jwks";
    /** The conventional location too (the services' default jwk-set-uri points there). */
    static final String WELL_KNOWN_JWKS_PATH = "/.well-known/jwks.json";
    static final String TOKEN_PATH = "/token";
    /** OAuth 2.0 token endpoint for the client credentials grant: how a service gets its own token. */
    static final String OAUTH2_TOKEN_PATH = "/oauth2/token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private TokenHttpServer(HttpServer server) {
        this.server = server;
    }

    static TokenHttpServer start(TokenIssuer issuer, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext(JWKS_PATH, exchange -> jwks(issuer, exchange));
            server.createContext(WELL_KNOWN_JWKS_PATH, exchange -> jwks(issuer, exchange));
            server.createContext(TOKEN_PATH, exchange -> token(issuer, exchange));
            server.createContext(OAUTH2_TOKEN_PATH, exchange -> clientCredentials(issuer, exchange));
            server.start();
            return new TokenHttpServer(server);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the token server on port " + port, e);
        }
    }

    String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private static void jwks(TokenIssuer issuer, HttpExchange exchange) throws IOException {
        respond(exchange, 200, issuer.jwkSetJson());
    }

    private static void token(TokenIssuer issuer, HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"use POST\"}");
            return;
        }
        try {
            TokenRequest request = parse(JSON.readTree(exchange.getRequestBody()));
            String token = issuer.issue(request);
            respond(exchange, 200, JSON.writeValueAsString(Map.of("access_token", token, "token_type", "Bearer",
                    "expires_in", issuer.lifetime().toSeconds())));
        } catch (RuntimeException | IOException e) {
            respond(exchange, 400, JSON.writeValueAsString(Map.of("error", "invalid_request",
                    "error_description", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * RFC 6749 §4.4: {@code grant_type=client_credentials}, the client named by HTTP Basic (or
     * {@code client_id} in the form). Development only: every client is trusted and gets the role
     * SERVICE; a real authorization server checks the secret.
     */
    private static void clientCredentials(TokenIssuer issuer, HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"use POST\"}");
            return;
        }
        Map<String, String> form = ClientCredentials.form(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        String clientId = ClientCredentials.clientId(exchange.getRequestHeaders().getFirst("Authorization"), form);
        if (clientId == null || clientId.isBlank()) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = issuer.issueForService(clientId);
        respond(exchange, 200, JSON.writeValueAsString(Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", issuer.lifetime().toSeconds())));
    }

    static TokenRequest parse(JsonNode body) {
        if (body == null || !body.hasNonNull("userId")) {
            throw new IllegalArgumentException("userId is required");
        }
        Set<String> roles = new HashSet<>();
        body.path("roles").forEach(role -> roles.add(role.asText()));
        return new TokenRequest(body.get("userId").asText(), text(body, "organizationId"), roles,
                authTime(body.get("authTime")), text(body, "email"));
    }

    private static Instant authTime(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : Instant.parse(value.asText());
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
