package io.partnerhub.kit.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The payload names a schema id the registry does not know. */
public class UnknownSchemaIdException extends SerializationException {

    private final int schemaId;

    public UnknownSchemaIdException(String topic, int schemaId, Throwable cause) {
        super("Unknown schema id " + schemaId + " in a record of " + topic, cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
