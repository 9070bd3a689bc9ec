package io.partnerhub.kit.registry;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The registry could not be reached (connection refused, timeout, 502/503/504). Retryable: the
 * same call may succeed later, so consumers must not dead-letter a record because of it.
 */
public class SchemaRegistryUnavailableException extends RetriableException {

    public SchemaRegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaRegistryUnavailableException(String message) {
        super(message);
    }
}
