package io.partnerhub.kit.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The payload does not start with the Confluent wire format's magic byte 0: not our format. */
public class UnknownMagicByteException extends SerializationException {

    public UnknownMagicByteException(String topic, byte magicByte) {
        super("Unknown magic byte " + magicByte + " in a record of " + topic + ": expected 0 (Confluent wire format)");
    }
}
