package io.partnerhub.partnership.it;

import io.partnerhub.platform.EmbeddedPlatform;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Calls the service as one user of one organization. */
public final class Api {

    public static final Set<String> LEGAL = Set.of("LEGAL_REPRESENTATIVE");
    public static final Set<String> COLLABORATOR = Set.of("COLLABORATOR");
    public static final Set<String> OPS = Set.of("OPS");

    private final RestTestClient client;
    private final String token;

    private Api(RestTestClient client, String token) {
        this.client = client;
        this.token = token;
    }

    public static Api as(RestTestClient client, String userId, String organizationId, Set<String> roles) {
        return new Api(client, EmbeddedPlatform.shared().tokens().issue(userId, organizationId, roles));
    }

    public static Api as(RestTestClient client, String userId, String organizationId, Set<String> roles,
                         Instant authTime) {
        return new Api(client, EmbeddedPlatform.shared().tokens().issue(userId, organizationId, roles, authTime));
    }

    /** Another Partnerhub service with its own client-credentials token: role SERVICE, no organization. */
    public static Api asService(RestTestClient client, String clientId) {
        return new Api(client, EmbeddedPlatform.shared().tokens().issueForService(clientId));
    }

    /** The JSON object of a 200 answer. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> okJson(RestTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    public RestTestClient.ResponseSpec get(String uri, Object... variables) {
        return client.get().uri(uri, variables).header("Authorization", "Bearer " + token).exchange();
    }

    public RestTestClient.ResponseSpec post(String uri, Object body, Object... variables) {
        var request = client.post().uri(uri, variables).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange();
    }

    public RestTestClient.ResponseSpec put(String uri, Object body, Object... variables) {
        return client.put().uri(uri, variables).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    public RestTestClient.ResponseSpec delete(String uri, Object... variables) {
        return client.delete().uri(uri, variables).header("Authorization", "Bearer " + token).exchange();
    }
}
