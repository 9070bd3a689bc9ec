package io.partnerhub.platform.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node) as its own process,
 * with its log on disk so a second run keeps the topics and their records.
 */
final class KafkaBroker implements AutoCloseable {

    private final ChildProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(Path dataDirectory, int port, int controllerPort) throws Exception {
        Path directory = Files.createDirectories(dataDirectory.resolve("kafka"));
        Path logDirectory = directory.resolve("log");
        Path properties = directory.resolve("server.properties");
        Files.writeString(properties, serverProperties(logDirectory, port, controllerPort));
        String classpath = System.getProperty("java.class.path");
        Path logFile = dataDirectory.resolve("logs/kafka.log");
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            ChildProcess.runJava("kafka-storage-format", List.of("-cp", classpath, "kafka.tools.StorageTool",
                    "format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()),
                    logFile, Duration.ofMinutes(1));
        }
        ChildProcess broker = ChildProcess.startJava("kafka", List.of("-Xmx512m", "-XX:+UseSerialGC",
                "-cp", classpath, "kafka.Kafka", properties.toString()), Map.of(), logFile);
        KafkaBroker kafka = new KafkaBroker(broker, "127.0.0.1:" + port);
        kafka.awaitReady(Duration.ofSeconds(60));
        return kafka;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka stopped during start-up; see " + process.logFile());
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    Thread.sleep(250);
                }
            }
        }
        throw new IllegalStateException("Kafka not ready after " + timeout + "; see " + process.logFile());
    }

    private static String serverProperties(Path logDirectory, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDirectory.toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    @Override
    public void close() {
        process.close();
    }
}
