package io.partnerhub.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded platform for integration tests: one instance per JVM, started on first use, bound
 * to free ports, stopped by a shutdown hook. Services find it through {@link #springProperties()}.
 */
public final class EmbeddedPlatform {

    private static volatile EmbeddedPlatform shared;

    private final PlatformMode mode;
    private final Infrastructure infrastructure;
    private final GreenMail smtp;
    private final TokenIssuer tokens;
    private final Duration startTime;

    private EmbeddedPlatform() {
        long started = System.nanoTime();
        mode = PlatformMode.fromSystemProperty();
        infrastructure = Infrastructure.start(mode);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        tokens = TokenIssuer.start();
        startTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /** The JVM's shared platform, started on first call. */
    public static EmbeddedPlatform shared() {
        if (shared == null) {
            synchronized (EmbeddedPlatform.class) {
                if (shared == null) {
                    EmbeddedPlatform platform = new EmbeddedPlatform();
                    Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "embedded-platform-stop"));
                    shared = platform;
                }
            }
        }
        return shared;
    }

    /** Embedded stand-ins (default) or containers, per {@code -Dpartnerhub.platform}. */
    public PlatformMode mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    public String schemaRegistryUrl() {
        return infrastructure.schemaRegistryUrl();
    }

    public String mongoUri(String database) {
        return infrastructure.mongoUri(database);
    }

    public GreenMail smtp() {
        return smtp;
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** The development JWT issuer (its JWK set URI is in {@link #springProperties()}). */
    public TokenIssuer tokens() {
        return tokens;
    }

    public Duration startTime() {
        return startTime;
    }

    /** Spring Boot properties that point a service at this platform. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("partnerhub.schema-registry.url", schemaRegistryUrl());
        properties.put("spring.mongodb.uri", infrastructure.mongoConnectionString());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtpPort()));
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuerUri());
        properties.put("spring.security.oauth2.resourceserver.jwt.audiences", TokenIssuer.AUDIENCE);
        return properties;
    }

    private void stop() {
        tokens.close();
        smtp.stop();
        infrastructure.stop();
    }
}
