package io.partnerhub.platform;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The production components in containers: Apache Kafka (KRaft), Confluent Schema Registry on the
 * same Docker network, and MongoDB as a single-node replica set. Needs a Docker engine; without one
 * it refuses to start, saying so, rather than falling back to the embedded stand-ins.
 */
final class ContainerInfrastructure implements Infrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String SCHEMA_REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.1.0";
    static final String MONGO_IMAGE = "mongo:8.0";
    private static final String KAFKA_INTERNAL_LISTENER = "kafka:19092";

    private final Network network = Network.newNetwork();
    private final KafkaContainer kafka;
    private final GenericContainer<?> schemaRegistry;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure() {
        kafka = new KafkaContainer(KAFKA_IMAGE).withNetwork(network).withListener(KAFKA_INTERNAL_LISTENER);
        schemaRegistry = new GenericContainer<>(SCHEMA_REGISTRY_IMAGE)
                .withNetwork(network)
                .withExposedPorts(8081)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                .dependsOn(kafka)
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
        mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        schemaRegistry.start();
        mongo.start();
    }

    static ContainerInfrastructure start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new PlatformUnavailableException("Docker is not available, so the containers platform (-D"
                    + PlatformMode.PROPERTY + "=containers) cannot run here. Run without that switch to use the "
                    + "embedded platform, or on a machine with a Docker engine.");
        }
        return new ContainerInfrastructure();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + schemaRegistry.getHost() + ":" + schemaRegistry.getMappedPort(8081);
    }

    @Override
    public String mongoConnectionString() {
        return mongo.getConnectionString();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.getReplicaSetUrl(database);
    }

    @Override
    public void stop() {
        mongo.stop();
        schemaRegistry.stop();
        kafka.stop();
        network.close();
    }
}
