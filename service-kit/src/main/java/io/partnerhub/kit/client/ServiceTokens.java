package io.partnerhub.kit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * This service's own access token, from the identity provider's token endpoint with the client
 * credentials grant (RFC 6749 §4.4, client authenticated with HTTP Basic). Kept until a fifth of
 * its lifetime is left, then fetched again by the first caller that needs it.
 */
public class ServiceTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceClientProperties properties;
    private final HttpClient http;
    private final Clock clock;
    private volatile Token current;

    public ServiceTokens(ServiceClientProperties properties, HttpClient http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
    }

    /** A valid access token; throws {@link ServiceUnavailableException} when none can be had. */
    public String accessToken() {
        Token token = current;
        if (token == null || !clock.instant().isBefore(token.refreshAt())) {
            synchronized (this) {
                token = current;
                if (token == null || !clock.instant().isBefore(token.refreshAt())) {
                    token = fetch();
                    current = token;
                }
            }
        }
        return token.value();
    }

    private Token fetch() {
        String credentials = URLEncoder.encode(properties.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(properties.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(properties.tokenUri())
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ServiceUnavailableException("The token endpoint answered " + response.statusCode()
                        + " to client " + properties.clientId());
            }
            JsonNode body = JSON.readTree(response.body());
            long lifetime = body.path("expires_in").asLong(60);
            Instant refreshAt = clock.instant().plus(Duration.ofSeconds(lifetime).multipliedBy(4).dividedBy(5));
            return new Token(body.path("access_token").asText(), refreshAt);
        } catch (IOException e) {
            throw new ServiceUnavailableException("The token endpoint cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while fetching a service token", e);
        }
    }

    private record Token(String value, Instant refreshAt) {
    }
}
