package io.partnerhub.e2e;

import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.plain.SealKeyRing;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.http.JsonHttp;
import io.partnerhub.platform.local.ClockShift;
import io.partnerhub.platform.local.LinkTokenKeys;
import io.partnerhub.platform.local.ServiceProcess;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The system under test, once per test JVM: the embedded platform in this JVM and the four services
 * as four JVMs started from their Spring Boot jars, each with its own database and consumer group,
 * configured through environment variables exactly like the local run. Stopped by
 * {@link PartnerhubExtension} when the test run ends (and by a shutdown hook if the JVM dies first).
 */
public final class Partnerhub implements AutoCloseable {

    public static final String PARTNERSHIP = "partnership-service";
    public static final String BILLING = "billing-service";
    public static final String TENDER = "tender-service";
    public static final String NOTIFICATION = "notification-service";
    static final List<String> SERVICES = List.of(PARTNERSHIP, BILLING, TENDER, NOTIFICATION);

    /**
     * System property: billing-service runs on a clock the tests move on ({@link #moveBillingClockPast}),
     * with a renewal sweep every second. Its own failsafe run (pom.xml), as moving time would renew
     * the other tests' subscriptions.
     */
    static final String MOVABLE_CLOCK = "partnerhub.e2e.movable-clock";

    /** Invitations live this long here, so one can expire during a test (production: 14 days). */
    public static final Duration INVITATION_VALIDITY = Duration.ofSeconds(40);

    private static Partnerhub shared;
    private static RuntimeException startFailure;

    private final long createdNanos = System.nanoTime();
    /** LINK_TOKEN_KEYS: link secrets in events are sealed, as in production; one random key per test run. */
    private final String linkTokenKeys = SealKeyRing.generateEntry("e2e");
    private final LinkSecretSeal linkSecretSeal = LinkSecretSeal.withKeys(linkTokenKeys);
    private final EmbeddedPlatform platform;
    private final Path repository;
    private final Path output;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Events events;
    private final Mailbox mailbox;
    private final JsonHttp http = new JsonHttp();
    private final Duration startTime;
    private final String databasePrefix;
    private final String kafkaBootstrapServers;
    /** Billing's clock shift (CLOCK_SHIFT_FILE) on a movable-clock run, else null. */
    private final ClockShift billingClock;
    private Duration servicesStartTime;
    private volatile boolean closed;

    private Partnerhub() throws Exception {
        this("e2e-", null);
    }

    /** {@code kafkaBootstrapServers} null: the embedded platform's broker. */
    private Partnerhub(String databasePrefix, String kafkaBootstrapServers) throws Exception {
        this.databasePrefix = databasePrefix;
        repository = Path.of(System.getProperty("partnerhub.repository", "../..")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("partnerhub.e2e.output", "target")).toAbsolutePath().normalize();
        output = databasePrefix.equals("e2e-") ? target : target.resolve(databasePrefix + "run");
        if (Boolean.getBoolean(MOVABLE_CLOCK)) {
            Files.deleteIfExists(output.resolve("billing-clock-shift"));
            billingClock = ClockShift.at(output.resolve("billing-clock-shift"));
        } else {
            billingClock = null;
        }
        platform = EmbeddedPlatform.shared();
        this.kafkaBootstrapServers = kafkaBootstrapServers == null ? platform.kafkaBootstrapServers()
                : kafkaBootstrapServers;
        System.out.printf("[e2e] embedded platform up in %.1f s%n", platform.startTime().toMillis() / 1000.0);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "e2e-services-stop"));
        try {
            startServices();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
        events = Events.start(platform);
        mailbox = new Mailbox(platform.smtp());
        startTime = Duration.ofNanos(System.nanoTime() - createdNanos);
        System.out.printf("[e2e] four services up in %.1f s (logs in %s)%n", startTime.toMillis() / 1000.0,
                output.resolve("logs"));
    }

    /** Starts the four JVMs together (free ports, logs in target/logs), then waits until each is healthy. */
    private void startServices() throws IOException, InterruptedException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        Path logs = Files.createDirectories(output.resolve("logs"));
        long launching = System.nanoTime();
        for (String service : SERVICES) {
            Files.deleteIfExists(logs.resolve(service + ".log"));
            services.put(service, ServiceProcess.start(repository, service, ports.get(service),
                    environment(service, ports), output));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (ServiceProcess service : services.values()) {
            service.awaitHealthy(client, Duration.ofMinutes(4));
            System.out.printf("[e2e] %s healthy on %s (%.1f s after start)%n", service.name(), service.baseUri(),
                    (System.nanoTime() - createdNanos) / 1e9);
        }
        servicesStartTime = Duration.ofNanos(System.nanoTime() - launching);
    }

    /**
     * Starts a second, separate system (its own databases, under {@code databasePrefix}) and stops it
     * again: how long its four JVMs, started together, took until all were healthy.
     */
    static Duration coldStart(String databasePrefix) throws Exception {
        try (Partnerhub probe = new Partnerhub(databasePrefix, null)) {
            return probe.servicesStartTime;
        }
    }

    /**
     * A second, separate system (its own databases, under {@code databasePrefix}) whose services use
     * the Kafka cluster at {@code kafkaBootstrapServers}, for a test that takes that cluster away.
     */
    static Partnerhub onKafka(String databasePrefix, String kafkaBootstrapServers) throws Exception {
        return new Partnerhub(databasePrefix, kafkaBootstrapServers);
    }

    /** Starts everything on the first call; later calls return the same running system. */
    public static synchronized Partnerhub get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (shared == null) {
            try {
                shared = new Partnerhub();
            } catch (Exception | Error e) {
                startFailure = new IllegalStateException("The services did not start: " + e.getMessage(), e);
                printLogTails(Path.of(System.getProperty("partnerhub.e2e.output", "target")).resolve("logs"));
                throw startFailure;
            }
        }
        return shared;
    }

    static synchronized Partnerhub runningOrNull() {
        return shared;
    }

    private Map<String, String> environment(String service, Map<String, Integer> ports) {
        String database = databaseOf(service);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(ports.get(service)));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("KAFKA_REPLICATION_FACTOR", "1");
        environment.put("SCHEMA_REGISTRY_URL", platform.schemaRegistryUrl());
        environment.put("MONGODB_URI", platform.mongoUri(database));
        environment.put("MONGODB_DATABASE", database);
        environment.put("JWT_JWK_SET_URI", platform.tokens().jwkSetUri());
        environment.put("JWT_ISSUER", platform.tokens().issuerUri());
        environment.put("JWT_AUDIENCE", TokenIssuer.AUDIENCE);
        environment.put("SMTP_HOST", "127.0.0.1");
        environment.put("SMTP_PORT", Integer.toString(platform.smtpPort()));
        environment.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + ports.get(PARTNERSHIP));
        environment.put("TENDER_PUBLIC_BASE_URL", "http://127.0.0.1:" + ports.get(TENDER));
        // services ask the owner of terms at the moment they act, with their own client-credentials token
        environment.put("PARTNERSHIP_SERVICE_URL", "http://127.0.0.1:" + ports.get(PARTNERSHIP));
        environment.put("TENDER_SERVICE_URL", "http://127.0.0.1:" + ports.get(TENDER));
        environment.put("SERVICE_TOKEN_URI", platform.tokens().oauth2TokenUri());
        // short-lived invitations and a fast sweeper, so expiry happens within a test
        environment.put("INVITATION_VALIDITY", INVITATION_VALIDITY.toString());
        environment.put("INVITATION_SWEEP_INTERVAL", "PT2S");
        // every test submits its tenders from 127.0.0.1: lift the per-address abuse limit (20 an hour) here only
        environment.put("TENDER_ABUSE_PERCLIENTADDRESS", "100000");
        if (billingClock != null && service.equals(BILLING)) {
            environment.put("CLOCK_SHIFT_FILE", billingClock.file().toString());
            environment.put("SUBSCRIPTION_SWEEP_INTERVAL", "PT1S");
        }
        if (LinkTokenKeys.SERVICES.contains(service)) {
            environment.put("LINK_TOKEN_KEYS", linkTokenKeys);
        }
        return environment;
    }

    /**
     * Moves billing-service's clock on until it is a minute past {@code moment} (never back), so what
     * is due then (a renewal, a reminder) happens at once instead of after a billing period.
     */
    public Instant moveBillingClockPast(Instant moment) {
        if (billingClock == null) {
            throw new IllegalStateException("Billing's clock moves only on a run with -D" + MOVABLE_CLOCK + "=true");
        }
        return billingClock.movePast(moment);
    }

    /** The services' key ring, so a test can open what the events carry (as notification-service does). */
    public LinkSecretSeal linkSecretSeal() {
        return linkSecretSeal;
    }

    public EmbeddedPlatform platform() {
        return platform;
    }

    public Events events() {
        return events;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public JsonHttp http() {
        return http;
    }

    public URI uri(String service, String path) {
        return services.get(service).baseUri().resolve(path);
    }

    /** Each service JVM's resident memory now (empty where the platform cannot tell). */
    public Map<String, OptionalLong> residentBytes() {
        Map<String, OptionalLong> resident = new LinkedHashMap<>();
        services.forEach((name, process) -> resident.put(name, process.residentBytes()));
        return resident;
    }

    public Duration startTime() {
        return startTime;
    }

    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - createdNanos);
    }

    /** The last lines of every service's log (printed when a test fails). */
    public void printLogTails() {
        printLogTails(output.resolve("logs"));
    }

    static void printLogTails(Path logs) {
        for (String service : SERVICES) {
            Path log = logs.resolve(service + ".log");
            if (!Files.exists(log)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                System.out.println("----- last lines of " + log + " -----");
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("(cannot read " + log + ": " + e.getMessage() + ")");
            }
        }
    }

    /**
     * Sends SIGTERM to every service at once, as a rolling stop of all pods would, each killed if it
     * has not exited within {@code grace}: how long each took (more than {@code grace}: killed).
     */
    Map<String, Duration> terminateAll(Duration grace) {
        Map<String, CompletableFuture<Duration>> stopping = new LinkedHashMap<>();
        services.forEach((name, service) -> stopping.put(name, CompletableFuture.supplyAsync(
                () -> service.terminate(grace), runnable -> new Thread(runnable, "stop-" + name).start())));
        Map<String, Duration> took = new LinkedHashMap<>();
        stopping.forEach((name, stop) -> took.put(name, stop.join()));
        return took;
    }

    String databaseOf(String service) {
        return databasePrefix + service.replace("-service", "");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (events != null) {
            events.close();
        }
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::close);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
