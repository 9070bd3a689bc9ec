package io.partnerhub.kit.serde;

import io.partnerhub.events.common.Recipient;
import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryClient;
import io.partnerhub.kit.registry.SchemaRegistryException;
import io.partnerhub.kit.registry.SchemaRegistryUnavailableException;
import io.partnerhub.platform.registry.DevSchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;

import static io.partnerhub.kit.serde.SerdeFixture.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroEventSerializerTest {

    /** Recipient{email "a@b.ch", language DE, name null} in Avro binary. */
    private static final byte[] RECIPIENT_BODY = {12, 'a', '@', 'b', '.', 'c', 'h', 2, 0};
    private static final String RECIPIENT = "io.partnerhub.events.common.Recipient";

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
    void writesMagicByteThenBigEndianIdThenAvroBinary() {
        byte[] bytes = SerdeFixture.serializer(registry.url()).serialize("t", recipient());

        assertThat(bytes).containsExactly(0, 0, 0, 0, 1, 12, 'a', '@', 'b', '.', 'c', 'h', 2, 0);
    }

    @Test
    void writesAllFourIdBytesBigEndian() {
        CachedSchemaRegistry fixedId = new CachedSchemaRegistry(new SchemaRegistryClient("http://unused.invalid")) {
            @Override
            public int register(String subject, Schema schema) {
                return 0x01020304;
            }
        };
        AvroEventSerializer serializer = new AvroEventSerializer(fixedId, SerdeFixture.config("http://unused.invalid"));

        byte[] bytes = serializer.serialize("t", recipient());

        assertThat(Arrays.copyOf(bytes, 5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).containsExactly(RECIPIENT_BODY);
    }

    @Test
    void nullStaysNull() {
        assertThat(SerdeFixture.serializer(registry.url()).serialize("t", null)).isNull();
    }

    @Test
    void namesSubjectsByTopicAndRecordByDefault() {
        SerdeFixture.serializer(registry.url()).serialize("orders", recipient());

        assertThat(client().subjects()).containsExactly("orders-" + RECIPIENT);
    }

    @Test
    void namesSubjectsByEachStrategy() {
        SerdeFixture.serializer(registry.url(), AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "TopicName")
                .serialize("a", recipient());
        SerdeFixture.serializer(registry.url(), AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.RecordNameStrategy").serialize("b", recipient());
        AvroEventSerializer keySerializer = new AvroEventSerializer();
        keySerializer.configure(SerdeFixture.config(registry.url(), AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.TopicNameStrategy"), true);
        keySerializer.serialize("c", recipient());

        assertThat(client().subjects()).containsExactlyInAnyOrder("a-value", RECIPIENT, "c-key");
    }

    @Test
    void acceptsShortAndConfluentStrategyNames() {
        assertThat(SubjectNameStrategy.fromConfig(null)).isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
        assertThat(SubjectNameStrategy.fromConfig("TopicRecordName")).isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
        assertThat(SubjectNameStrategy.fromConfig("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"))
                .isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
        assertThat(SubjectNameStrategy.fromConfig("TOPIC_NAME")).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
        assertThat(SubjectNameStrategy.fromConfig("RecordNameStrategy")).isEqualTo(SubjectNameStrategy.RECORD_NAME);
        assertThatThrownBy(() -> SubjectNameStrategy.fromConfig("Nonsense")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAutoRegisterUsesTheIdOfTheRegisteredSchemaAndRefusesAnUnknownOne() {
        AvroEventSerializer serializer = SerdeFixture.serializer(registry.url(),
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false");

        assertThatThrownBy(() -> serializer.serialize("t", recipient()))
                .isInstanceOf(SerializationException.class)
                .cause().isInstanceOf(SchemaRegistryException.class)
                .extracting(e -> ((SchemaRegistryException) e).errorCode()).isEqualTo(40401);
        client().register("t-" + RECIPIENT, SerdeFixture.NEWER_RECIPIENT.toString());
        int id = client().register("t-" + RECIPIENT, Recipient.getClassSchema().toString());

        assertThat(serializer.serialize("t", recipient())[4]).isEqualTo((byte) id);
        assertThat(client().subjects()).containsExactly("t-" + RECIPIENT);
    }

    @Test
    void useLatestVersionWritesWithTheLatestSchemaFillingDefaults() throws IOException {
        client().register("t-" + RECIPIENT, Recipient.getClassSchema().toString());
        int newerId = client().register("t-" + RECIPIENT, SerdeFixture.NEWER_RECIPIENT.toString());
        AvroEventSerializer serializer = SerdeFixture.serializer(registry.url(),
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false, AvroSerdeConfig.USE_LATEST_VERSION, true);

        byte[] bytes = serializer.serialize("t", recipient());

        assertThat(bytes[4]).isEqualTo((byte) newerId);
        GenericRecord written = new GenericDatumReader<GenericRecord>(SerdeFixture.NEWER_RECIPIENT)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(written.get("email").toString()).isEqualTo("a@b.ch");
        assertThat(written.get("salutation").toString()).isEmpty();
        assertThat(written.get("language").toString()).isEqualTo("DE");
        assertThat(written.get("phone")).isNull();
    }

    @Test
    void cachesTheIdSoOnlyTheFirstRecordCallsTheRegistry() {
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        AvroEventSerializer serializer = new AvroEventSerializer(new CachedSchemaRegistry(client),
                SerdeFixture.config(registry.url()));

        for (int i = 0; i < 100; i++) {
            serializer.serialize("t", recipient());
        }

        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void anUnreachableRegistryIsRetryable() throws IOException {
        AvroEventSerializer serializer = SerdeFixture.serializer("http://127.0.0.1:" + closedPort());

        assertThatThrownBy(() -> serializer.serialize("t", recipient()))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .isInstanceOf(RetriableException.class);
    }

    @Test
    void requiresARegistryUrl() {
        assertThatThrownBy(() -> new AvroEventSerializer().configure(Map.of(), false))
                .hasMessageContaining("schema.registry.url");
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private SchemaRegistryClient client() {
        return new SchemaRegistryClient(registry.url());
    }
}
