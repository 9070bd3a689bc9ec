package io.partnerhub.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP for the demo: every call states its expected status and fails loudly otherwise. */
final class DemoHttp {

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    DemoHttp(HttpClient http) {
        this.http = http;
    }

    Reply call(String method, URI uri, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
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
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() || !text.trim().matches("(?s)^[\\[{].*")
                    ? JSON.nullNode() : JSON.readTree(text);
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new DemoFailure(method + " " + uri + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    JsonNode expect(int status, String method, URI uri, String token, Object body) {
        return expect(status, method, uri, token, body, Map.of());
    }

    JsonNode expect(int status, String method, URI uri, String token, Object body, Map<String, String> headers) {
        Reply reply = call(method, uri, token, body, headers);
        if (reply.status() != status) {
            throw new DemoFailure(method + " " + uri.getPath() + " answered " + reply.status() + " (expected "
                    + status + "): " + reply.raw().body());
        }
        return reply.body();
    }

    static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }
}
