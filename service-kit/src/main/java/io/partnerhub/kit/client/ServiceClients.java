package io.partnerhub.kit.client;

import java.net.URI;
import java.net.http.HttpClient;

/** Makes a {@link ServiceClient} per other service, sharing one HTTP client and one token. */
public class ServiceClients {

    private final HttpClient http;
    private final ServiceTokens tokens;
    private final ServiceClientProperties properties;

    public ServiceClients(HttpClient http, ServiceTokens tokens, ServiceClientProperties properties) {
        this.http = http;
        this.tokens = tokens;
        this.properties = properties;
    }

    /** @param name the other service, as error messages name it; {@code baseUrl} its root URL */
    public ServiceClient to(String name, String baseUrl) {
        String root = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new ServiceClient(name, URI.create(root), http, tokens, properties.readTimeout());
    }
}
