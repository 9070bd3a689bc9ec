package io.partnerhub.kit.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * A second listener container factory, {@value #BATCH_FACTORY}, for batch listeners
 * ({@code List<ConsumerRecord<String, SpecificRecord>>}): same consumer, same error handling.
 * A batch listener names the failing record with {@code BatchListenerFailedException(index)} so
 * only that record is retried and dead-lettered; the records before it count as done.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(ConcurrentKafkaListenerContainerFactoryConfigurer.class)
public class KitBatchListenerAutoConfiguration {

    public static final String BATCH_FACTORY = "batchKafkaListenerContainerFactory";

    @Bean(BATCH_FACTORY)
    @ConditionalOnMissingBean(name = BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> batchKafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        return factory;
    }
}
