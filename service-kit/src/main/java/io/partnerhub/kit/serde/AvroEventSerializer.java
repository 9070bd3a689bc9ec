package io.partnerhub.kit.serde;

import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes generated Avro records in Confluent's wire format. The schema id comes from the registry
 * (registered, looked up, or the subject's latest version; see {@link AvroSerdeConfig}) and is
 * cached, so a warm serializer makes no HTTP call. A {@code SchemaRegistryUnavailableException}
 * (retryable) passes through untouched.
 */
public class AvroEventSerializer implements Serializer<SpecificRecord> {

    static {
        AvroTrust.trustEventPackage();
    }

    private CachedSchemaRegistry registry;
    private AvroSerdeConfig config;
    private boolean isKey;
    private final Map<Schema, DatumWriter<SpecificRecord>> writers = new ConcurrentHashMap<>();
    /** Per topic and record schema, the id and schema to write with, once the registry answered. */
    private final Map<String, Map<Schema, Target>> targets = new ConcurrentHashMap<>();

    /** A buffered encoder per thread, reset onto each record's output stream. */
    private static final ThreadLocal<BinaryEncoder> ENCODERS = new ThreadLocal<>();

    /** The id and schema to write a record schema with on one topic, and the wire-format header for that id. */
    private record Target(int id, Schema schema, byte[] header) {

        Target(int id, Schema schema) {
            this(id, schema, new byte[] {WireFormat.MAGIC_BYTE, (byte) (id >>> 24), (byte) (id >>> 16),
                    (byte) (id >>> 8), (byte) id});
        }
    }

    public AvroEventSerializer() {
    }

    /** Uses a shared registry; {@link #configure} still reads the other settings. */
    public AvroEventSerializer(CachedSchemaRegistry registry) {
        this.registry = registry;
    }

    public AvroEventSerializer(CachedSchemaRegistry registry, Map<String, ?> configs) {
        this(registry);
        configure(configs, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs, isKey);
        this.isKey = isKey;
        if (registry == null) {
            registry = RegistryConfigurer.registry(config);
        }
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("AvroEventSerializer used before configure()");
        }
        Schema schema = record.getSchema();
        Target target = targets.computeIfAbsent(topic, any -> new ConcurrentHashMap<>()).get(schema);
        if (target == null) {
            target = target(topic, schema);
            targets.get(topic).put(schema, target);
        }
        int id = target.id();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(target.header());
            if (target.schema().equals(schema)) {
                write(record, out);
            } else {
                writeAs(record, target.schema(), out);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + schema.getFullName() + " with schema id " + id, e);
        }
    }

    private Target target(String topic, Schema schema) {
        String subject = config.subjectNameStrategy().subject(topic, isKey, schema);
        try {
            // Confluent's precedence: auto-register, else the subject's latest version, else look up
            if (config.autoRegister()) {
                return new Target(registry.register(subject, schema), schema);
            }
            if (config.useLatestVersion()) {
                CachedSchemaRegistry.IdentifiedSchema latest = registry.latest(subject);
                return new Target(latest.id(), latest.schema());
            }
            return new Target(registry.lookup(subject, schema), schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("No schema id for " + schema.getFullName() + " under subject " + subject
                    + ": " + e.getMessage(), e);
        }
    }

    private void write(SpecificRecord record, OutputStream out) throws IOException {
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, ENCODERS.get());
        ENCODERS.set(encoder);
        writers.computeIfAbsent(record.getSchema(), SpecificDatumWriter::new).write(record, encoder);
        encoder.flush();
    }

    /**
     * use.latest.version with a latest schema that differs from the record's own: resolve the
     * record's data into the latest schema (defaults fill added fields), then write that.
     */
    private void writeAs(SpecificRecord record, Schema target, OutputStream out) throws IOException {
        ByteArrayOutputStream own = new ByteArrayOutputStream(256);
        write(record, own);
        GenericRecord resolved = new GenericDatumReader<GenericRecord>(record.getSchema(), target)
                .read(null, DecoderFactory.get().binaryDecoder(own.toByteArray(), null));
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(target).write(resolved, encoder);
        encoder.flush();
    }
}
