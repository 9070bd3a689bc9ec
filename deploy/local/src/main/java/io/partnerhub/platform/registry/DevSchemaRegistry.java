package io.partnerhub.platform.registry;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A development stand-in for Confluent Schema Registry: the REST subset our serde and Confluent's
 * clients use, with Confluent's status codes and error bodies. Its state lives in the compacted
 * topic {@code _schemas}, replayed on start. Production uses Confluent Schema Registry.
 *
 * <p>Standalone: {@code java ... io.partnerhub.platform.registry.DevSchemaRegistry <bootstrapServers> [port]}.
 */
public final class DevSchemaRegistry implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final SchemaLog log;

    private DevSchemaRegistry(SchemaLog log, String host, int port) {
        this.log = log;
        SchemaStore store = new SchemaStore(log);
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the schema registry to " + host + ":" + port, e);
        }
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "dev-schema-registry");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new RegistryHttpHandler(store));
        server.setExecutor(executor);
        server.start();
    }

    /** Starts on 127.0.0.1:port (0 = a free port), keeping schemas in Kafka's {@code _schemas} topic. */
    public static DevSchemaRegistry start(String bootstrapServers, int port) {
        return new DevSchemaRegistry(new KafkaSchemaLog(bootstrapServers), "127.0.0.1", port);
    }

    /** Starts a registry that keeps nothing across restarts: for fast tests without Kafka. */
    public static DevSchemaRegistry startInMemory() {
        return new DevSchemaRegistry(SchemaLog.inMemory(), "127.0.0.1", 0);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        log.close();
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DevSchemaRegistry <kafka bootstrap servers> [port, default 8081]");
            System.exit(2);
        }
        DevSchemaRegistry registry = start(args[0], args.length > 1 ? Integer.parseInt(args[1]) : 8081);
        Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "dev-schema-registry-stop"));
        System.out.println("Schema registry listening on " + registry.url());
    }
}
