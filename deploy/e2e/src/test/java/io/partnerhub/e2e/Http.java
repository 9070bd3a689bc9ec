package io.partnerhub.e2e;

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

/** JSON over HTTP against the services' public REST APIs. */
public final class Http {

    /** An answer: status, JSON body (a null node when there is none) and the raw response. */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The body, after checking the status (the body is in the message otherwise). */
        public JsonNode expect(int expected) {
            if (status != expected) {
                throw new AssertionError(raw.request().method() + " " + raw.uri() + " answered " + status
                        + " (expected " + expected + "): " + raw.body());
            }
            return body;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Reply get(URI uri, String token) {
        return call("GET", uri, token, null, Map.of());
    }

    public Reply post(URI uri, String token, Object body) {
        return call("POST", uri, token, body, Map.of());
    }

    public Reply put(URI uri, String token, Object body) {
        return call("PUT", uri, token, body, Map.of());
    }

    public Reply call(String method, URI uri, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
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
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
