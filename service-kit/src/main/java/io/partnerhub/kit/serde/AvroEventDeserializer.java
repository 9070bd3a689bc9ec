package io.partnerhub.kit.serde;

import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Confluent's wire format into our generated classes. The writer schema comes from the
 * registry by id (cached); the reader schema is the generated class of the writer's full name, so
 * a consumer built with an older schema reads events written with a newer, compatible one.
 */
public class AvroEventDeserializer implements Deserializer<SpecificRecord> {

    static {
        AvroTrust.trustEventPackage();
    }

    /** A decoder per thread, reset onto each record's bytes: a new one per record costs a third of the decoding. */
    private static final ThreadLocal<BinaryDecoder> DECODERS = new ThreadLocal<>();

    private CachedSchemaRegistry registry;
    private final Map<Integer, DatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();

    public AvroEventDeserializer() {
    }

    public AvroEventDeserializer(CachedSchemaRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            registry = RegistryConfigurer.registry(AvroSerdeConfig.from(configs, isKey));
        }
    }

    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length > 0 && data[0] != WireFormat.MAGIC_BYTE) {
            throw new UnknownMagicByteException(topic, data[0]);
        }
        if (data.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException("Truncated record in " + topic + ": " + data.length
                    + " bytes, shorter than the 5-byte wire format header");
        }
        int id = ByteBuffer.wrap(data, 1, 4).getInt();
        DatumReader<SpecificRecord> reader = reader(topic, id);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_SIZE,
                    data.length - WireFormat.HEADER_SIZE, DECODERS.get());
            DECODERS.set(decoder);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode a record of " + topic + " with schema id " + id
                    + " (truncated or corrupt payload)", e);
        }
    }

    private DatumReader<SpecificRecord> reader(String topic, int id) {
        DatumReader<SpecificRecord> reader = readers.get(id);
        if (reader == null) {
            Schema writer = writerSchema(topic, id);
            reader = new SpecificDatumReader<>(writer, readerSchema(writer));
            readers.put(id, reader);
        }
        return reader;
    }

    private Schema writerSchema(String topic, int id) {
        if (registry == null) {
            throw new IllegalStateException("AvroEventDeserializer used before configure()");
        }
        try {
            return registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                throw new UnknownSchemaIdException(topic, id, e);
            }
            throw new SerializationException("Cannot fetch schema id " + id + ": " + e.getMessage(), e);
        }
    }

    private static Schema readerSchema(Schema writer) {
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
            throw new SerializationException("No generated class for " + writer.getFullName() + " on the classpath");
        }
        return SpecificData.get().getSchema(type);
    }
}
