package io.partnerhub.kit.consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * {@link ProcessedEvents} over the service's own database; marks expire after
 * {@code partnerhub.consumer.processed-retention} (default 35 days, topics keep 30).
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock,
            @Value("${partnerhub.consumer.processed-retention:35d}") Duration retention) {
        ProcessedEvents processedEvents = new ProcessedEvents(mongo, clock);
        processedEvents.createIndex();
        processedEvents.expireAfter(retention);
        return processedEvents;
    }
}
