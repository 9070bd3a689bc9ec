package io.partnerhub.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.platform.http.JsonHttp;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the demo talks to the services: their public REST APIs with development tokens, and link pages as a browser sees them. */
final class DemoApi {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";

    private final JsonHttp http;
    private final Map<String, URI> services;
    private final TokenIssuer tokens;

    DemoApi(HttpClient client, Map<String, URI> services, TokenIssuer tokens) {
        this.http = new JsonHttp(client, Duration.ofSeconds(20));
        this.services = services;
        this.tokens = tokens;
    }

    /** A token from a sign-in right now. */
    String token(String user, String organization) {
        return tokens.issue(user, organization, Set.of(LEGAL_REPRESENTATIVE));
    }

    /** A token from a sign-in at the given time. */
    String tokenSignedInAt(String user, String organization, Instant signedIn) {
        return tokens.issue(user, organization, Set.of(LEGAL_REPRESENTATIVE), signedIn);
    }

    JsonNode expect(int status, String method, URI uri, String token, Object body) {
        return expect(status, method, uri, token, body, Map.of());
    }

    JsonNode expect(int status, String method, URI uri, String token, Object body, Map<String, String> headers) {
        return http.call(method, uri, token, body, headers).expect(status);
    }

    JsonHttp.Reply call(String method, URI uri, String token, Object body, Map<String, String> headers) {
        return http.call(method, uri, token, body, headers);
    }

    /** What a browser following the link sees: the HTML page's title (the same URL answers JSON to programs). */
    String pageTitle(URI link) {
        JsonHttp.Reply page = http.call("GET", link, null, null, Map.of("Accept", "text/html"));
        Matcher title = TITLE.matcher(page.raw().body());
        if (page.status() != 200 || !title.find()) {
            throw new DemoFailure("no HTML page behind " + link.getPath() + " (" + page.status() + ")");
        }
        return "“" + title.group(1) + "”";
    }

    URI partnership(String path) {
        return services.get("partnership-service").resolve(path);
    }

    URI billing(String path) {
        return services.get("billing-service").resolve(path);
    }

    URI tender(String path) {
        return services.get("tender-service").resolve(path);
    }
}
