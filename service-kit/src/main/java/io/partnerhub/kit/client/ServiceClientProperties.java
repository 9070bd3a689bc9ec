package io.partnerhub.kit.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * {@code partnerhub.service-client.*}: how this service calls the other Partnerhub services' REST
 * APIs with its own identity (OAuth 2.0 client credentials, RFC 6749 §4.4) and how long it waits.
 * The timeouts are short on purpose: a caller that must decide now fails fast instead of queueing.
 */
@ConfigurationProperties("partnerhub.service-client")
public record ServiceClientProperties(URI tokenUri, String clientId, String clientSecret, Duration connectTimeout,
                                      Duration readTimeout) {

    public ServiceClientProperties {
        tokenUri = tokenUri == null ? URI.create("http://localhost:9000/oauth2/token") : tokenUri;
        clientSecret = clientSecret == null ? "" : clientSecret;
        connectTimeout = connectTimeout == null ? Duration.ofMillis(500) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }
}
