package io.partnerhub.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP against the services' REST APIs, for the local run's demo and the end-to-end tests. */
public final class JsonHttp {

    /** An answer: status, JSON body (a null node when there is none or it is not JSON) and the raw response. */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The body, after checking the status; the message names the call and carries the body otherwise. */
        public JsonNode expect(int expected) {
            if (status != expected) {
                throw new UnexpectedStatus(raw.request().method() + " " + raw.uri().getPath() + " answered " + status
                        + " (expected " + expected + "): " + raw.body());
            }
            return body;
        }
    }

    /** A call answered with another status than the caller expected. */
    public static final class UnexpectedStatus extends RuntimeException {
        UnexpectedStatus(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    public JsonHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public JsonHttp() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Duration.ofSeconds(30));
    }

    public Reply get(URI uri, String token) {
        return call("GET", uri, token, null, Map.of());
    }

    public Reply post(URI uri, String token, Object body) {
        return call("POST", uri, token, body, Map.of());
    }

    public Reply put(URI uri, String token, Object body) {
        return call("PUT", uri, token, body, Map.of());
    }

    /** One call; {@code token} (a bearer token) and {@code body} (serialized as JSON) may be null. */
    public Reply call(String method, URI uri, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::setHeader); // the caller's Accept replaces the default
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || !text.trim().matches("(?s)^[\\[{].*") ? JSON.nullNode() : JSON.readTree(text);
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + uri, e);
        }
    }
}
