package io.partnerhub.kit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.kit.web.CorrelationId;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * JSON calls to one other Partnerhub service, as this service (its own bearer token), within the
 * request's correlation id and trace. Anything that is not an answer — refused, timed out, 5xx —
 * is a {@link ServiceUnavailableException}; a 404 is an empty {@link #find}; any other 4xx is a
 * bug on our side and an {@link IllegalStateException}.
 */
public final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String name;
    private final URI baseUri;
    private final HttpClient http;
    private final ServiceTokens tokens;
    private final Duration readTimeout;

    ServiceClient(String name, URI baseUri, HttpClient http, ServiceTokens tokens, Duration readTimeout) {
        this.name = name;
        this.baseUri = baseUri;
        this.http = http;
        this.tokens = tokens;
        this.readTimeout = readTimeout;
    }

    /** GET {@code pathAndQuery} (already encoded); the answer read as {@code type}. */
    public <T> T get(String pathAndQuery, Class<T> type) {
        return find(pathAndQuery, type).orElseThrow(() -> new IllegalStateException(
                name + " has no " + pathAndQuery));
    }

    /** GET, where 404 means "there is none". */
    public <T> Optional<T> find(String pathAndQuery, Class<T> type) {
        return call(request(pathAndQuery).GET(), type);
    }

    /** POST {@code body} as JSON; the answer read as {@code type}. */
    public <T> T post(String path, Object body, Class<T> type) {
        try {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            return call(request, type).orElseThrow(() -> new IllegalStateException(name + " has no " + path));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request body for " + name + path, e);
        }
    }

    /** DELETE {@code path}; one that is already gone (404) is deleted all the same. */
    public void delete(String path) {
        HttpRequest built = request(path).DELETE().build();
        try {
            int status = http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                throw new ServiceUnavailableException(name + " answered " + status + " to DELETE " + path);
            }
            if (status >= 300 && status != 404) {
                throw new IllegalStateException(name + " refused DELETE " + path + " with " + status);
            }
        } catch (IOException e) {
            throw new ServiceUnavailableException(name + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while calling " + name, e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(pathAndQuery))
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.accessToken());
        String correlationId = CorrelationId.current();
        if (correlationId != null) {
            request.header(CorrelationId.HTTP_HEADER, correlationId);
        }
        String traceparent = TraceParent.current();
        if (traceparent != null) {
            request.header(TraceParent.HEADER, traceparent);
        }
        return request;
    }

    private <T> Optional<T> call(HttpRequest.Builder request, Class<T> type) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 500) {
                throw new ServiceUnavailableException(name + " answered " + status + " to " + built.uri().getPath());
            }
            if (status >= 300) {
                throw new IllegalStateException(name + " refused " + built.method() + " " + built.uri().getPath()
                        + " with " + status + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return Optional.of(JSON.readValue(response.body(), type));
        } catch (IOException e) {
            throw new ServiceUnavailableException(name + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted while calling " + name, e);
        }
    }

    public String name() {
        return name;
    }
}
