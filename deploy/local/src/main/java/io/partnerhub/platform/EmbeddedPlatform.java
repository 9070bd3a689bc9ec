package io.partnerhub.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.partnerhub.platform.registry.DevSchemaRegistry;
import io.partnerhub.platform.tokens.TokenIssuer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded platform for integration tests: one instance per JVM, started on first use, bound
 * to free ports, stopped by a shutdown hook. Services find it through {@link #springProperties()}.
 */
public final class EmbeddedPlatform {

    private static volatile EmbeddedPlatform shared;

    private final EmbeddedKafkaKraftBroker kafka;
    private final DevSchemaRegistry schemaRegistry;
    private final MongoServer mongo;
    private final String mongoConnectionString;
    private final GreenMail smtp;
    private final TokenIssuer tokens;
    private final Duration startTime;

    private EmbeddedPlatform() {
        long started = System.nanoTime();
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("num.partitions", "3");
        kafka.afterPropertiesSet();
        schemaRegistry = DevSchemaRegistry.start(kafka.getBrokersAsString(), 0);
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoConnectionString = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
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

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String schemaRegistryUrl() {
        return schemaRegistry.url();
    }

    public String mongoUri(String database) {
        return mongoConnectionString + "/" + database;
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
        properties.put("spring.mongodb.uri", mongoConnectionString);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtpPort()));
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri());
        return properties;
    }

    private void stop() {
        tokens.close();
        smtp.stop();
        mongo.shutdownNow();
        schemaRegistry.close();
        kafka.destroy();
    }
}
