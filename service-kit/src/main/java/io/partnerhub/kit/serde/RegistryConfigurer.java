package io.partnerhub.kit.serde;

import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryClient;
import org.apache.kafka.common.config.ConfigException;

final class RegistryConfigurer {

    private RegistryConfigurer() {
    }

    static CachedSchemaRegistry registry(AvroSerdeConfig config) {
        if (config.registryUrls().isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + AvroSerdeConfig.SCHEMA_REGISTRY_URL + "\"");
        }
        return new CachedSchemaRegistry(new SchemaRegistryClient(config.registryUrls(), config.basicAuthUserInfo()));
    }
}
