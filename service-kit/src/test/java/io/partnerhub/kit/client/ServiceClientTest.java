package io.partnerhub.kit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.partnerhub.kit.web.CorrelationId;
import io.partnerhub.platform.tokens.TokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a real HTTP server standing in for another service, and the real development token issuer. */
class ServiceClientTest {

    record Answer(String value, List<String> items) {
    }

    private HttpServer peer;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> correlationIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();

    @BeforeEach
    void startPeer() throws IOException {
        peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        peer.createContext("/token", exchange -> {
            tokenRequests.incrementAndGet();
            respond(exchange, 200, "{\"access_token\":\"token-" + tokenRequests.get() + "\",\"expires_in\":3600}");
        });
        peer.createContext("/answer", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            correlationIds.add(String.valueOf(exchange.getRequestHeaders().getFirst(CorrelationId.HTTP_HEADER)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            respond(exchange, 200, "{\"value\":\"" + exchange.getRequestMethod() + " " + exchange.getRequestURI().getQuery()
                    + "\",\"items\":" + (body.isEmpty() ? "[]" : "[" + new ObjectMapper().writeValueAsString(body) + "]")
                    + ",\"unknown\":1}");
        });
        peer.createContext("/missing", exchange -> respond(exchange, 404, "{}"));
        peer.createContext("/broken", exchange -> respond(exchange, 500, "{}"));
        peer.createContext("/bad", exchange -> respond(exchange, 400, "{\"detail\":\"no\"}"));
        peer.createContext("/slow", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "{}");
        });
        peer.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        peer.start();
    }

    @AfterEach
    void stopPeer() {
        peer.stop(0);
        CorrelationId.set(null);
    }

    @Test
    void callsWithTheServicesOwnTokenFetchedOnceAndTheCorrelationId() {
        ServiceClient client = client(tokenUri(), Duration.ofSeconds(2));
        CorrelationId.set("corr-1");

        Answer first = client.get("answer?x=1", Answer.class);
        Answer second = client.post("answer", Map.of("k", "v"), Answer.class);

        assertThat(first.value()).isEqualTo("GET x=1");
        assertThat(second.value()).startsWith("POST");
        assertThat(second.items()).containsExactly("{\"k\":\"v\"}");
        assertThat(authorizations).containsOnly("Bearer token-1");
        assertThat(tokenRequests).as("the token is kept while valid").hasValue(1);
        assertThat(correlationIds).containsOnly("corr-1");
    }

    @Test
    void notFoundIsEmptyOtherRefusalsAreBugs() {
        ServiceClient client = client(tokenUri(), Duration.ofSeconds(2));

        assertThat(client.find("missing", Answer.class)).isEmpty();
        assertThatThrownBy(() -> client.get("bad", Answer.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("400");
    }

    @Test
    void anythingThatIsNotAnAnswerIsUnavailable() {
        ServiceClient client = client(tokenUri(), Duration.ofMillis(300));

        assertThatThrownBy(() -> client.get("broken", Answer.class)).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("500");
        assertThatThrownBy(() -> client.get("slow", Answer.class)).isInstanceOf(ServiceUnavailableException.class);
        ServiceClient nobody = clients(tokenUri(), Duration.ofMillis(300)).to("nobody", "http://127.0.0.1:1");
        assertThatThrownBy(() -> nobody.get("answer", Answer.class)).isInstanceOf(ServiceUnavailableException.class);
        ServiceClient noTokens = client(URI.create("http://127.0.0.1:1/token"), Duration.ofMillis(300));
        assertThatThrownBy(() -> noTokens.get("answer", Answer.class)).isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("token endpoint");
        assertThat(new ServiceUnavailableException("x").status().value()).isEqualTo(503);
    }

    @Test
    void theDevelopmentIssuerGrantsClientCredentialsAsRoleService() throws Exception {
        try (TokenIssuer issuer = TokenIssuer.start()) {
            ServiceTokens tokens = new ServiceTokens(properties(URI.create(issuer.oauth2TokenUri()), Duration.ofSeconds(2)),
                    HttpClient.newHttpClient(), Clock.systemUTC());

            String jwt = tokens.accessToken();

            Map<?, ?> claims = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), Map.class);
            assertThat(claims.get("sub")).isEqualTo("billing-service");
            assertThat(claims.get("roles")).isEqualTo(List.of("SERVICE"));
            assertThat(claims.get("org")).isNull();
        }
    }

    private ServiceClient client(URI tokenUri, Duration readTimeout) {
        return clients(tokenUri, readTimeout).to("peer-service", "http://127.0.0.1:" + peer.getAddress().getPort());
    }

    private static ServiceClients clients(URI tokenUri, Duration readTimeout) {
        ServiceClientProperties properties = properties(tokenUri, readTimeout);
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        return new ServiceClients(http, new ServiceTokens(properties, http, Clock.systemUTC()), properties);
    }

    private static ServiceClientProperties properties(URI tokenUri, Duration readTimeout) {
        return new ServiceClientProperties(tokenUri, "billing-service", "s3cret", Duration.ofMillis(300), readTimeout);
    }

    private URI tokenUri() {
        return URI.create("http://127.0.0.1:" + peer.getAddress().getPort() + "/token");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
