package io.partnerhub.kit.kafka;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.FixedBackOff;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka the Partnerhub way, on top of Boot's own Kafka auto-configuration: Avro values in the
 * Confluent format (registry at {@code partnerhub.schema-registry.url}), an idempotent acks=all
 * producer, consumers behind an ErrorHandlingDeserializer, bounded retries then a DLT, endless
 * steady retries for infrastructure outages, the correlation id in the MDC, and all catalog topics.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KitKafkaProperties.class)
public class KitKafkaAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer partnerhubProducerCustomizer(
            @Value("${partnerhub.schema-registry.url:}") String registryUrl) {
        return factory -> {
            factory.updateConfigs(KafkaClientConfigs.producer(factory.getConfigurationProperties(), registryUrl));
            factory.setPhysicalCloseTimeout(KafkaClientConfigs.PRODUCER_CLOSE_TIMEOUT_SECONDS);
        };
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer partnerhubConsumerCustomizer(
            @Value("${partnerhub.schema-registry.url:}") String registryUrl) {
        return factory -> factory.updateConfigs(
                KafkaClientConfigs.consumer(factory.getConfigurationProperties(), registryUrl));
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters partnerhubDeadLetters(ProducerFactory<Object, Object> producerFactory,
                                      KafkaTemplate<String, SpecificRecord> template) {
        return new DeadLetters(producerFactory, template);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler partnerhubErrorHandler(DeadLetters deadLetters, KitKafkaProperties properties) {
        KitKafkaProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts() - 1);
        backOff.setInitialInterval(retry.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retry.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
        FixedBackOff steady = new FixedBackOff(retry.transientBackoff().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS);
        FixedBackOff none = new FixedBackOff(0, 0);
        // Every failure reaches the back-off function, which looks at the whole cause chain: a
        // registry outage behind a DeserializationException must wait, not go to the DLT.
        handler.setClassifications(Map.of(), true);
        handler.setBackOffFunction((record, failure) -> {
            if (TransientFailures.isTransient(failure)) {
                return steady;
            }
            return TransientFailures.isInputFault(failure) ? none : null;
        });
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> partnerhubCorrelationIdInterceptor() {
        return new CorrelationIdRecordInterceptor();
    }

    @Bean
    @ConditionalOnProperty(name = "partnerhub.kafka.create-topics", matchIfMissing = true)
    KafkaAdmin.NewTopics partnerhubCatalogTopics(KitKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(CatalogTopics.all(properties.replicationFactor()).toArray(NewTopic[]::new));
    }
}
