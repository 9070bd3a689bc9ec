package io.partnerhub.testing;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages behind emailed links, asked for the two ways they are answered: as JSON by an API
 * client (an RFC 9457 problem document on error) and as HTML by a browser (a POST sent as an empty form).
 */
public final class LinkPages {

    private final RestTestClient client;

    public LinkPages(RestTestClient client) {
        this.client = client;
    }

    /** Expects a problem document with {@code status}, a title and a detail; returns it. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> problem(HttpMethod method, String path, int status) {
        Map<String, Object> problem = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertEquals(status, problem.get("status"), "the problem's status");
        assertTrue(problem.containsKey("title") && problem.containsKey("detail"), "a title and a detail: " + problem);
        return problem;
    }

    /** Expects an HTML page with {@code status}; returns it. */
    public String html(HttpMethod method, String path, int status) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(path).accept(MediaType.TEXT_HTML);
        if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("");
        }
        return request.exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** The problem without what differs per request, so that two answers can be compared whole. */
    public static Map<String, Object> withoutInstance(Map<String, Object> problem) {
        Map<String, Object> rest = new LinkedHashMap<>(problem);
        rest.remove("instance");
        rest.remove("correlationId");
        return rest;
    }

    /** Copies of a link token that differ from it in the ways a guess or a damaged link would, by how. */
    public static Map<String, String> tamperedCopies(String token) {
        Map<String, String> tampered = new LinkedHashMap<>();
        tampered.put("first character changed", other(token.charAt(0)) + token.substring(1));
        tampered.put("middle character changed", token.substring(0, 20) + other(token.charAt(20)) + token.substring(21));
        tampered.put("truncated by one", token.substring(0, token.length() - 1));
        tampered.put("truncated to half", token.substring(0, token.length() / 2));
        tampered.put("padded", token + "A");
        tampered.put("padded with base64 padding", token + "=");
        tampered.put("padded with a space", token + " ");
        tampered.put("case swapped", swapCase(token));
        return tampered;
    }

    private static char other(char c) {
        return c == 'A' ? 'B' : 'A';
    }

    private static String swapCase(String token) {
        StringBuilder swapped = new StringBuilder();
        for (char c : token.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }
}
