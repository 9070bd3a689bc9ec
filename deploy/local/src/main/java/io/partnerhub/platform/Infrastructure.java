package io.partnerhub.platform;

/** The platform's Kafka broker, schema registry and MongoDB, wherever they run. */
interface Infrastructure {

    String kafkaBootstrapServers();

    String schemaRegistryUrl();

    /** A connection string without a database. */
    String mongoConnectionString();

    String mongoUri(String database);

    void stop();

    static Infrastructure start(PlatformMode mode) {
        return mode == PlatformMode.CONTAINERS ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start();
    }
}
