package io.partnerhub.billing.it;

import com.mongodb.ConnectionString;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.TcpRelay;
import io.partnerhub.platform.EmbeddedPlatformExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Spring context shared by every billing IT (same annotations → cached). Billing asks the
 * {@link PartnershipOwnerStandIn} (a real HTTP server in this JVM) for the partnership terms, with its
 * own client-credentials token from the embedded token issuer.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ActiveProfiles("test")
public abstract class BillingIntegrationTest {

    /** partnership-service as billing sees it over HTTP: serves what the tests put in it. */
    static final PartnershipOwnerStandIn OWNER = PartnershipOwnerStandIn.shared();

    /**
     * The embedded MongoDB as billing reaches it: through a real TCP relay, which {@code ListenerOutageIT}
     * cuts and mends (a database outage as the driver sees it) in this same shared context.
     */
    static final TcpRelay MONGO = relayToMongo();

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        registry.add("partnerhub.peers.partnership-url", OWNER::url);
        registry.add("partnerhub.service-client.token-uri", () -> EmbeddedPlatform.shared().tokens().oauth2TokenUri());
        // short timeouts, so that an operation during an outage fails within seconds (and is retried)
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO.port()
                + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000");
        // a record that fails because the database is down is retried every 300 ms (default 5 s) until it is back
        registry.add("partnerhub.kafka.retry.transient-backoff", () -> "300ms");
    }

    @AfterEach
    void databaseReachable() {
        MONGO.mend();
    }

    private static TcpRelay relayToMongo() {
        String hostAndPort = new ConnectionString(EmbeddedPlatform.shared().mongoUri("billing-test")).getHosts().get(0);
        int colon = hostAndPort.lastIndexOf(':');
        try {
            return new TcpRelay(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void ownerAnswersAgain() {
        OWNER.answering();
    }

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RestTestClient client;

    /** The client of the application under test. */
    public RestTestClient client() {
        return client;
    }

    static String token(String organizationId, String... roles) {
        return EmbeddedPlatform.shared().tokens().issue("user-of-" + organizationId, organizationId, Set.of(roles));
    }

    static String legalRep(String organizationId) {
        return token(organizationId, "LEGAL_REPRESENTATIVE");
    }

    EntityExchangeResult<Map<String, Object>> post(String uri, String token, Object body, String idempotencyKey) {
        RestTestClient.RequestBodySpec request = client.method(HttpMethod.POST).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).exchange().returnResult(JSON);
    }

    EntityExchangeResult<Map<String, Object>> get(String uri, String token) {
        return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .returnResult(JSON);
    }

    List<Map<String, Object>> getList(String uri, String token) {
        return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().returnResult(JSON_LIST).getResponseBody();
    }

    static Map<String, Object> order(String customerId, String currency, String paidBy, Object... productAndQuantity) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.add(Map.of("productId", productAndQuantity[i], "quantity", productAndQuantity[i + 1]));
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customerId", customerId, "currency", currency,
                "lines", lines));
        if (paidBy != null) {
            body.put("paidBy", paidBy);
        }
        return body;
    }
}
