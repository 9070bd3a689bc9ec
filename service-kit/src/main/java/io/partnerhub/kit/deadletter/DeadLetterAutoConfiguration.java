package io.partnerhub.kit.deadletter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;

import java.time.Clock;

/** The dead-letter tool in every service that consumes events and has a database for its replay marks. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({MongoTemplate.class, ConsumerFactory.class, ProducerFactory.class})
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterReader partnerhubDeadLetterReader(KafkaListenerEndpointRegistry listeners,
                                                ConsumerFactory<?, ?> consumers) {
        return new DeadLetterReader(listeners, consumers);
    }

    @Bean
    DeadLetterReplays partnerhubDeadLetterReplays(MongoTemplate mongo, ProducerFactory<?, ?> producers, Clock clock) {
        return new DeadLetterReplays(mongo, producers, clock);
    }

    @Bean
    DeadLetterController partnerhubDeadLetterController(DeadLetterReader reader, DeadLetterReplays replays) {
        return new DeadLetterController(reader, replays);
    }
}
