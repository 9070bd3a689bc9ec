package io.partnerhub.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code partnerhub.kafka.*}.
 *
 * @param replicationFactor of the catalog topics and DLTs created at start-up (default 1)
 * @param createTopics      whether to declare the catalog topics (default true)
 * @param retry             attempts and backoff before a failed record is dead-lettered
 */
@ConfigurationProperties("partnerhub.kafka")
public record KitKafkaProperties(Short replicationFactor, Boolean createTopics, Retry retry) {

    public KitKafkaProperties {
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        createTopics = createTopics == null || createTopics;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
    }

    /**
     * @param attempts       deliveries in all, first one included (default 3)
     * @param initialBackoff wait before the second delivery (default 200 ms), doubled each time
     * @param maxBackoff     cap of a single wait (default 2 s)
     * @param transientBackoff wait between deliveries while the infrastructure is down (default 5 s);
     *                       such failures are retried until it is back, never dead-lettered
     */
    public record Retry(Integer attempts, Duration initialBackoff, Duration maxBackoff, Duration transientBackoff) {

        public Retry {
            attempts = attempts == null ? 3 : attempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(2) : maxBackoff;
            transientBackoff = transientBackoff == null ? Duration.ofSeconds(5) : transientBackoff;
        }
    }
}
