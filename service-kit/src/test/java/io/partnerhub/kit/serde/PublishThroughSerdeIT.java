package io.partnerhub.kit.serde;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryClient;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.EmbeddedPlatformExtension;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 2's done-when: a Spring context publishes a partnership event through the serde, the
 * schema lands in the development registry, and consumers built with an older schema read it.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
@SpringBootTest(classes = PublishThroughSerdeIT.Producer.class, properties = {
        "spring.kafka.producer.value-serializer=io.partnerhub.kit.serde.AvroEventSerializer",
        "spring.kafka.producer.properties[schema.registry.url]=${partnerhub.schema-registry.url}",
        "spring.kafka.producer.acks=all"})
class PublishThroughSerdeIT {

    private static final String PARTNERSHIP_STARTED = PartnershipStarted.getClassSchema().getFullName();

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(KafkaAutoConfiguration.class)
    static class Producer {
    }

    @Autowired
    KafkaTemplate<String, SpecificRecord> template;

    @Test
    void aConsumerWithAnOlderReaderSchemaReadsTheEventPublishedFromSpring() throws Exception {
        String topic = Topic.PARTNERSHIPS.topicName();
        PartnershipStarted event = partnershipStarted(true);

        template.send(topic, event.getPartnershipId(), event).get();

        SchemaRegistryClient registry = new SchemaRegistryClient(EmbeddedPlatform.shared().schemaRegistryUrl());
        String subject = topic + "-" + PARTNERSHIP_STARTED;
        assertThat(registry.subjects()).contains(subject);
        byte[] bytes = consumeOne(topic, event.getPartnershipId(), new ByteArrayDeserializer());
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(id).isEqualTo(registry.latest(subject).id());

        Schema writer = new CachedSchemaRegistry(registry).schemaById(id);
        GenericRecord read = new GenericDatumReader<GenericRecord>(writer, olderPartnershipStarted())
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(read.getSchema().getField("upgradedExistingAttachment")).isNull();
        assertThat(read.get("partnershipId").toString()).isEqualTo(event.getPartnershipId());
        assertThat(read.get("partnerName").toString()).isEqualTo("Acme Partner");
        assertThat(((GenericRecord) read.get("metadata")).get("eventId").toString())
                .isEqualTo(event.getMetadata().getEventId().toString());
    }

    @Test
    void ourDeserializerReadsAnEventWrittenWithANewerSchemaIntoTheGeneratedClass() throws Exception {
        String topic = "partnerhub.it.newer-writer";
        String url = EmbeddedPlatform.shared().schemaRegistryUrl();
        Schema newer = withAddedOptionalField(PartnershipStarted.getClassSchema());
        new SchemaRegistryClient(url).register(topic + "-" + PARTNERSHIP_STARTED, newer.toString());
        PartnershipStarted event = partnershipStarted(false);
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), SerdeFixture.serializer(url, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false,
                AvroSerdeConfig.USE_LATEST_VERSION, true))) {
            producer.send(new ProducerRecord<>(topic, event.getPartnershipId(), event)).get();
        }

        AvroEventDeserializer deserializer = new AvroEventDeserializer();
        deserializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url), false);
        SpecificRecord read = consumeOne(topic, event.getPartnershipId(), deserializer);

        assertThat(read).isEqualTo(event);
    }

    private static <V> V consumeOne(String topic, String key, Deserializer<V> values) {
        AtomicReference<V> found = new AtomicReference<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.set(record.value());
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }

    /** PartnershipStarted as a consumer built before upgradedExistingAttachment was added knows it. */
    private static Schema olderPartnershipStarted() {
        Schema current = PartnershipStarted.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        current.getFields().stream().filter(f -> !f.name().equals("upgradedExistingAttachment"))
                .forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    private static Schema withAddedOptionalField(Schema current) {
        List<Schema.Field> fields = new ArrayList<>();
        current.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(new Schema.Field("note", Schema.createUnion(Schema.create(Schema.Type.NULL),
                Schema.create(Schema.Type.STRING)), null, Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    private static PartnershipStarted partnershipStarted(boolean upgraded) {
        String partnershipId = "ps-" + UUID.randomUUID();
        Access access = Access.newBuilder().setLevel(AccessLevel.LIMITED).setProductIds(List.of("prod-1"))
                .setProductCategories(List.of()).setPaymentMode(null).build();
        return PartnershipStarted.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.parse("2026-11-26T12:00:00Z")).setActorUserId("u-1")
                        .setActorOrganizationId("o-1").setCorrelationId("c-1").setCausationId(null)
                        .setAggregateId(partnershipId).setAggregateVersion(1L).build())
                .setPartnershipId(partnershipId).setPartnerId("p-1").setCustomerId("c-9")
                .setPartnerName("Acme Partner").setCustomerName("Globex")
                .setRequestedAccess(access).setGrantedAccess(access)
                .setUpgradedExistingAttachment(upgraded)
                .build();
    }
}
