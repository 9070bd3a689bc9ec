package io.partnerhub.platform;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.partnerhub.platform.registry.DevSchemaRegistry;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** In-process stand-ins: a real Kafka broker (KRaft), the development registry, mongo-java-server. */
final class EmbeddedInfrastructure implements Infrastructure {

    private final EmbeddedKafkaKraftBroker kafka;
    private final DevSchemaRegistry schemaRegistry;
    private final MongoServer mongo;
    private final String mongoConnectionString;

    private EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("num.partitions", "3");
        kafka.afterPropertiesSet();
        schemaRegistry = DevSchemaRegistry.start(kafka.getBrokersAsString(), 0);
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoConnectionString = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
    }

    static EmbeddedInfrastructure start() {
        return new EmbeddedInfrastructure();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String schemaRegistryUrl() {
        return schemaRegistry.url();
    }

    @Override
    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    @Override
    public String mongoUri(String database) {
        return mongoConnectionString + "/" + database;
    }

    @Override
    public void stop() {
        mongo.shutdownNow();
        schemaRegistry.close();
        kafka.destroy();
    }
}
