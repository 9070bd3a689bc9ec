package io.partnerhub.kit.serde;

import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Money;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.kit.registry.CachedSchemaRegistry;
import io.partnerhub.kit.registry.SchemaRegistryClient;
import org.apache.avro.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Records, schemas and configured serdes for the serde tests. */
final class SerdeFixture {

    /** Recipient as a later release might define it: one field inserted, one appended, both with defaults. */
    static final Schema NEWER_RECIPIENT = new Schema.Parser().parse("""
            {"type":"record","name":"Recipient","namespace":"io.partnerhub.events.common","fields":[
              {"name":"email","type":"string"},
              {"name":"salutation","type":"string","default":""},
              {"name":"language","type":{"type":"enum","name":"Language","symbols":["ES","DE","EN","FR","IT"],"default":"EN"},"default":"EN"},
              {"name":"name","type":["null","string"],"default":null},
              {"name":"phone","type":["null","string"],"default":null}]}
            """);

    private SerdeFixture() {
    }

    static Recipient recipient() {
        return Recipient.newBuilder().setEmail("a@b.ch").setLanguage(Language.DE).setName(null).build();
    }

    static PartnerProgramStatusChanged event() {
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(UUID.fromString("00000000-0000-0000-0000-000000000001"))
                .setOccurredAt(Instant.parse("2026-11-26T10:15:30.123Z"))
                .setActorUserId("u-1").setActorOrganizationId("o-1")
                .setCorrelationId("c-1").setCausationId(null)
                .setAggregateId("p-1").setAggregateVersion(7L)
                .build();
        return PartnerProgramStatusChanged.newBuilder()
                .setMetadata(metadata).setPartnerId("p-1")
                .setPreviousStatus(ProgramStatus.ACTIVE).setStatus(ProgramStatus.BELOW_THRESHOLD)
                .setYearlyVolume(new Money(new BigDecimal("1234.50"), Currency.CHF))
                .setContact(recipient())
                .build();
    }

    static Map<String, Object> config(String url, Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url);
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    static AvroEventSerializer serializer(String url, Object... keyValues) {
        AvroEventSerializer serializer = new AvroEventSerializer();
        serializer.configure(config(url, keyValues), false);
        return serializer;
    }

    static AvroEventDeserializer deserializer(CachedSchemaRegistry registry) {
        AvroEventDeserializer deserializer = new AvroEventDeserializer(registry);
        deserializer.configure(Map.of(), false);
        return deserializer;
    }

    static CachedSchemaRegistry registry(String url) {
        return new CachedSchemaRegistry(new SchemaRegistryClient(url));
    }
}
