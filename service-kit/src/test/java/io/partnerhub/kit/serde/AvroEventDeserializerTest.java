package io.partnerhub.kit.serde;

import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryClient;
import io.partnerhub.kit.registry.SchemaRegistryUnavailableException;
import io.partnerhub.platform.registry.DevSchemaRegistry;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static io.partnerhub.kit.serde.SerdeFixture.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroEventDeserializerTest {

    private DevSchemaRegistry registry;

    @BeforeEach
    void startRegistry() {
        registry = DevSchemaRegistry.startInMemory();
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void readsWhatTheSerializerWrote() {
        byte[] bytes = SerdeFixture.serializer(registry.url()).serialize("t", recipient());

        assertThat(deserializer().deserialize("t", bytes)).isEqualTo(recipient());
    }

    @Test
    void roundTripsAnEventWithUuidTimestampAndDecimalFields() {
        byte[] bytes = SerdeFixture.serializer(registry.url()).serialize("partners", SerdeFixture.event());

        assertThat(deserializer().deserialize("partners", bytes)).isEqualTo(SerdeFixture.event());
    }

    @Test
    void readsKnownBytesIntoTheGeneratedClass() {
        new SchemaRegistryClient(registry.url()).register("any", Recipient.getClassSchema().toString());
        byte[] bytes = {0, 0, 0, 0, 1, 12, 'a', '@', 'b', '.', 'c', 'h', 2, 0};

        SpecificRecord read = deserializer().deserialize("t", bytes);

        assertThat(read).isInstanceOf(Recipient.class).isEqualTo(recipient());
    }

    @Test
    void anOlderReaderReadsANewerWriterSchema() throws IOException {
        int newerId = new SchemaRegistryClient(registry.url()).register("t-io.partnerhub.events.common.Recipient",
                SerdeFixture.NEWER_RECIPIENT.toString());
        GenericRecord newer = new GenericData.Record(SerdeFixture.NEWER_RECIPIENT);
        newer.put("email", "x@y.ch");
        newer.put("salutation", "Dr.");
        newer.put("language", new GenericData.EnumSymbol(
                SerdeFixture.NEWER_RECIPIENT.getField("language").schema(), "FR"));
        newer.put("name", "Ana");
        newer.put("phone", "+41 00");

        SpecificRecord read = deserializer().deserialize("t", wire(newerId, newer));

        assertThat(read).isEqualTo(Recipient.newBuilder().setEmail("x@y.ch").setLanguage(Language.FR).setName("Ana")
                .build());
    }

    @Test
    void nullStaysNull() {
        assertThat(deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void refusesAnUnknownMagicByte() {
        byte[] bytes = {1, 0, 0, 0, 1, 12};

        assertThatThrownBy(() -> deserializer().deserialize("t", bytes))
                .isInstanceOf(UnknownMagicByteException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("magic byte 1");
    }

    @Test
    void refusesAPayloadShorterThanTheHeader() {
        assertThatThrownBy(() -> deserializer().deserialize("t", new byte[] {0, 0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Truncated");
        assertThatThrownBy(() -> deserializer().deserialize("t", new byte[0]))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void refusesATruncatedBody() {
        byte[] bytes = SerdeFixture.serializer(registry.url()).serialize("t", recipient());

        assertThatThrownBy(() -> deserializer().deserialize("t", Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void refusesAnUnknownSchemaId() {
        assertThatThrownBy(() -> deserializer().deserialize("t", new byte[] {0, 0, 0, 0x27, 0x0f, 2}))
                .isInstanceOf(UnknownSchemaIdException.class)
                .extracting(e -> ((UnknownSchemaIdException) e).schemaId()).isEqualTo(9999);
    }

    @Test
    void anUnreachableRegistryIsRetryable() throws IOException {
        AvroEventDeserializer deserializer = SerdeFixture.deserializer(
                SerdeFixture.registry("http://127.0.0.1:" + AvroEventSerializerTest.closedPort()));

        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0, 0, 1, 2}))
                .isInstanceOf(SchemaRegistryUnavailableException.class);
    }

    @Test
    void cachesTheWriterSchemaSoOnlyTheFirstRecordCallsTheRegistry() {
        byte[] bytes = SerdeFixture.serializer(registry.url()).serialize("t", recipient());
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        AvroEventDeserializer deserializer = SerdeFixture.deserializer(new CachedSchemaRegistry(client));

        for (int i = 0; i < 100; i++) {
            deserializer.deserialize("t", bytes);
        }

        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesARecordWithNoGeneratedClass() {
        int id = new SchemaRegistryClient(registry.url()).register("s",
                "{\"type\":\"record\",\"name\":\"Unknown\",\"namespace\":\"elsewhere\",\"fields\":[]}");

        assertThatThrownBy(() -> deserializer().deserialize("t", new byte[] {0, 0, 0, 0, (byte) id}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("No generated class for elsewhere.Unknown");
    }

    private AvroEventDeserializer deserializer() {
        return SerdeFixture.deserializer(SerdeFixture.registry(registry.url()));
    }

    private static byte[] wire(int id, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
