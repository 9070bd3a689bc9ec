package io.partnerhub.kit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerhub.kit.tracing.KitTracingAutoConfiguration;
import io.partnerhub.kit.tracing.StoredTraces;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;

/** The outbox relay (started when {@code partnerhub.outbox.collections} names collections) and event metadata. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class,
        KitTracingAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventMetadataFactory eventMetadataFactory(Clock clock) {
        return new EventMetadataFactory(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, SpecificRecord> kafka, Clock clock,
                            OutboxProperties properties, ObjectProvider<MeterRegistry> meters,
                            StoredTraces tracing) {
        OutboxStore store = new OutboxStore(mongo, clock, properties.lease());
        OutboxMetrics metrics = new OutboxMetrics(meters.getIfAvailable(), clock);
        return new OutboxRelay(new OutboxRound(store, kafka, metrics, tracing, properties), properties);
    }

    @Bean
    OutboxWakeListener outboxWakeListener(OutboxRelay relay) {
        return new OutboxWakeListener(relay);
    }
}
