package io.partnerhub.kit.consumer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** {@link ProcessedEvents} over the service's own database. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        ProcessedEvents processedEvents = new ProcessedEvents(mongo, clock);
        processedEvents.createIndex();
        return processedEvents;
    }
}
