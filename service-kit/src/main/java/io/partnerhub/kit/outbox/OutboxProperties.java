package io.partnerhub.kit.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code partnerhub.outbox.*}.
 *
 * @param collections  collections whose documents keep an {@code outbox} (comma-separated)
 * @param pollInterval fallback polling when no write woke the relay (default 1 s)
 * @param lease        how long a relay instance owns a claimed document (default 30 s); a crashed
 *                     instance's messages are re-sent by another after this
 * @param batchSize    documents claimed per round (default 200)
 * @param sendTimeout  how long a round waits for Kafka acknowledgements (default 10 s, below the lease)
 * @param retryDelay   how long a document whose messages could not all be sent waits before the
 *                     next attempt (default 2 s); meanwhile the relay serves other documents
 * @param stopTimeout  how long shutdown waits for the round in flight (default 5 s); a round still
 *                     blocked after it (cluster or database unreachable) is interrupted, and what it
 *                     did not send stays in the outbox for the next instance once the lease ends
 */
@ConfigurationProperties("partnerhub.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Duration lease, Integer batchSize,
                               Duration sendTimeout, Duration retryDelay, Duration stopTimeout) {

    public OutboxProperties {
        collections = collections == null ? List.of()
                : collections.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        retryDelay = retryDelay == null ? Duration.ofSeconds(2) : retryDelay;
        stopTimeout = stopTimeout == null ? Duration.ofSeconds(5) : stopTimeout;
    }
}
