package io.partnerhub.kit.outbox;

import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain Avro binary of a generated record (no header, no schema id): how an outbox keeps a pending
 * event. The record's class name is stored beside it, so reading needs no registry.
 */
public final class AvroBinary {

    public static final String TRUSTED_PACKAGE = "io.partnerhub.events.";

    private static final Map<Class<?>, DatumWriter<SpecificRecord>> WRITERS = new ConcurrentHashMap<>();
    private static final Map<String, DatumReader<SpecificRecord>> READERS = new ConcurrentHashMap<>();

    static {
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith(TRUSTED_PACKAGE)));
    }

    private AvroBinary() {
    }

    public static byte[] encode(SpecificRecord event) {
        DatumWriter<SpecificRecord> writer = WRITERS.computeIfAbsent(event.getClass(),
                type -> new SpecificDatumWriter<>(event.getSchema()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(event, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static SpecificRecord decode(String type, byte[] payload) {
        DatumReader<SpecificRecord> reader = READERS.computeIfAbsent(type, AvroBinary::readerFor);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot decode a stored " + type, e);
        }
    }

    private static DatumReader<SpecificRecord> readerFor(String type) {
        if (!type.startsWith(TRUSTED_PACKAGE)) {
            throw new IllegalArgumentException("Not an event class: " + type);
        }
        try {
            @SuppressWarnings("unchecked")
            Class<SpecificRecord> recordClass = (Class<SpecificRecord>) Class.forName(type);
            return new SpecificDatumReader<>(recordClass);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown event class: " + type, e);
        }
    }
}
