package io.partnerhub.platform.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.partnerhub.events.asyncapi.AsyncApiDocument;
import io.partnerhub.events.asyncapi.AsyncApiPage;
import io.partnerhub.platform.mail.InboxPage;
import io.partnerhub.platform.registry.DevSchemaRegistry;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's first command: the embedded platform with data on disk, the four services as four
 * JVMs, a scripted demo through their public REST APIs, then it stays up until Ctrl-C.
 * {@code --demo-and-exit} runs the demo and exits (status 1 if a step failed).
 */
public final class LocalRun {

    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int SCHEMA_REGISTRY_PORT = 8081;
    static final int MONGO_PORT = 27017;
    static final int SMTP_PORT = 2525;
    static final int INBOX_PORT = 8025;
    static final int TOKEN_ISSUER_PORT = 9000;
    static final Map<String, Integer> SERVICE_PORTS = servicePorts();

    private final Path repository;
    private final Path data;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private InboxPage inbox;
    private TokenIssuer tokens;
    private String linkTokenKeys;
    /** billing-service's clock, which the demo moves on to show a renewal (kept with the data). */
    private ClockShift billingClock;

    private LocalRun(Path repository) {
        this.repository = repository;
        this.data = repository.resolve("data");
    }

    public static void main(String[] args) throws Exception {
        boolean exitAfterDemo = List.of(args).contains("--demo-and-exit");
        LocalRun run = new LocalRun(Path.of("").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "local-run-stop"));
        long started = System.nanoTime();
        run.startPlatform();
        run.startServices();
        System.out.printf("%nEverything is up in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        boolean demoPassed = new Demo(run.http, run.serviceUris(), run.inbox, run.tokens, run.billingClock).run();
        if (exitAfterDemo) {
            System.exit(demoPassed ? 0 : 1);
        }
        run.printWhereToLook();
        new CountDownLatch(1).await();
    }

    private void startPlatform() throws Exception {
        Files.createDirectories(data.resolve("mongo"));
        step("Kafka (KRaft) on 127.0.0.1:" + KAFKA_PORT, () -> running.add(
                KafkaBroker.start(data, KAFKA_PORT, KAFKA_CONTROLLER_PORT)));
        step("MongoDB-wire server on 127.0.0.1:" + MONGO_PORT + " (data in data/mongo)", () -> {
            MongoServer mongo = new MongoServer(new H2Backend(data.resolve("mongo/partnerhub.mv").toString()));
            mongo.bind("127.0.0.1", MONGO_PORT);
            running.add(mongo::shutdownNow);
        });
        step("SMTP on 127.0.0.1:" + SMTP_PORT + ", inbox on http://127.0.0.1:" + INBOX_PORT, () -> {
            GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            running.add(smtp::stop);
            inbox = new InboxPage(smtp, INBOX_PORT);
            running.add(inbox);
        });
        step("schema registry on http://127.0.0.1:" + SCHEMA_REGISTRY_PORT, () -> running.add(
                DevSchemaRegistry.start("127.0.0.1:" + KAFKA_PORT, SCHEMA_REGISTRY_PORT)));
        step("token issuer on http://127.0.0.1:" + TOKEN_ISSUER_PORT, () -> {
            tokens = TokenIssuer.start(data.resolve("token-signing-key.json"), TOKEN_ISSUER_PORT);
            running.add(tokens);
        });
        linkTokenKeys = LinkTokenKeys.loadOrCreate(data);
        billingClock = ClockShift.at(data.resolve("billing-clock-shift"));
        inbox.addPage("/asyncapi.json", "application/json", AsyncApiDocument::generate);
        inbox.addPage("/asyncapi", "text/html", AsyncApiPage::render);
    }

    private void startServices() throws Exception {
        for (Map.Entry<String, Integer> service : SERVICE_PORTS.entrySet()) {
            ServiceProcess process = ServiceProcess.start(repository, service.getKey(), service.getValue(),
                    serviceEnvironment(service.getKey(), service.getValue()), data);
            services.put(service.getKey(), process);
            running.add(process);
        }
        for (ServiceProcess service : services.values()) {
            step(service.name() + " on " + service.baseUri(), () -> service.awaitHealthy(http, Duration.ofMinutes(3)));
        }
    }

    private Map<String, String> serviceEnvironment(String service, int port) {
        String database = service.replace("-service", "");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PORT);
        environment.put("KAFKA_REPLICATION_FACTOR", "1");
        environment.put("SCHEMA_REGISTRY_URL", "http://127.0.0.1:" + SCHEMA_REGISTRY_PORT);
        environment.put("MONGODB_URI", "mongodb://127.0.0.1:" + MONGO_PORT + "/" + database);
        environment.put("MONGODB_DATABASE", database);
        environment.put("JWT_JWK_SET_URI", tokens.jwkSetUri());
        environment.put("JWT_ISSUER", tokens.issuerUri());
        environment.put("JWT_AUDIENCE", TokenIssuer.AUDIENCE);
        environment.put("SMTP_HOST", "127.0.0.1");
        environment.put("SMTP_PORT", Integer.toString(SMTP_PORT));
        environment.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + SERVICE_PORTS.get("partnership-service"));
        environment.put("TENDER_PUBLIC_BASE_URL", "http://127.0.0.1:" + SERVICE_PORTS.get("tender-service"));
        environment.put("PARTNERSHIP_SERVICE_URL", "http://127.0.0.1:" + SERVICE_PORTS.get("partnership-service"));
        environment.put("TENDER_SERVICE_URL", "http://127.0.0.1:" + SERVICE_PORTS.get("tender-service"));
        environment.put("SERVICE_TOKEN_URI", tokens.oauth2TokenUri());
        if (LinkTokenKeys.SERVICES.contains(service)) {
            environment.put("LINK_TOKEN_KEYS", linkTokenKeys);
        }
        if (service.equals("billing-service")) {
            environment.put("CLOCK_SHIFT_FILE", billingClock.file().toString());
            environment.put("SUBSCRIPTION_SWEEP_INTERVAL", "PT2S");
        }
        return environment;
    }

    private Map<String, java.net.URI> serviceUris() {
        Map<String, java.net.URI> uris = new LinkedHashMap<>();
        services.forEach((name, process) -> uris.put(name, process.baseUri()));
        return uris;
    }

    private void printWhereToLook() {
        System.out.println();
        System.out.println("Partnerhub is running. Where to look:");
        System.out.println("  inbox (every email sent)     http://127.0.0.1:" + INBOX_PORT
                + "  (the links in the emails open the invitation and tender pages)");
        services.values().forEach(service -> System.out.printf("  %-28s %s/swagger-ui/index.html%n",
                service.name() + " OpenAPI", service.baseUri()));
        System.out.println("  AsyncAPI (events)            http://127.0.0.1:" + INBOX_PORT + "/asyncapi");
        System.out.println("  schema registry              http://127.0.0.1:" + SCHEMA_REGISTRY_PORT + "/subjects");
        System.out.println("  logs                         " + data.resolve("logs"));
        System.out.println("  billing's clock              " + billingClock.current() + " ahead (the demo moved it"
                + " on to show renewals; " + billingClock.file() + ")");
        System.out.println("Ctrl-C stops everything; the next run keeps the data in " + data + ".");
    }

    private void stop() {
        List<AutoCloseable> reversed = new ArrayList<>(running);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable component : reversed) {
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    interface Step {
        void run() throws Exception;
    }

    static void step(String description, Step step) throws Exception {
        long started = System.nanoTime();
        System.out.print("  starting " + description + " ... ");
        System.out.flush();
        step.run();
        System.out.printf("up (%.1f s)%n", (System.nanoTime() - started) / 1e9);
    }

    private static Map<String, Integer> servicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("partnership-service", 8091);
        ports.put("billing-service", 8092);
        ports.put("tender-service", 8093);
        ports.put("notification-service", 8094);
        return ports;
    }
}
