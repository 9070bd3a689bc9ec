package io.partnerhub.kit.outbox;

import io.micrometer.common.KeyValues;
import io.partnerhub.kit.tracing.StoredTraces;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One relay pass over one collection: claim documents, send all their messages asynchronously,
 * wait for the whole batch's acknowledgements, then {@code $pull} per document the prefix of
 * messages Kafka acknowledged (a failure stops that document's prefix, so order is kept on retry;
 * such a document is retried after the retry delay).
 */
class OutboxRound {

    private static final Logger log = LoggerFactory.getLogger(OutboxRound.class);

    /** Sends happen inside the stored trace of their event, as this observation (metric and span). */
    static final String RELAY_OBSERVATION = "partnerhub.outbox.relay";

    private final OutboxStore store;
    private final KafkaOperations<String, SpecificRecord> kafka;
    private final OutboxMetrics metrics;
    private final StoredTraces tracing;
    private final Duration sendTimeout;
    private final Duration retryDelay;
    /**
     * Completions whose write failed (the database was away after the sends). Retried before the
     * collection's next claim: the documents are released at once instead of after their lease, and
     * what was sent is not sent again. Pulling sent messages is idempotent; were the lease to expire
     * first and another instance claim the document, this release only makes a resend possible,
     * which the consumers deduplicate.
     */
    private final Map<String, Completion> unconfirmed = new ConcurrentHashMap<>();

    OutboxRound(OutboxStore store, KafkaOperations<String, SpecificRecord> kafka, OutboxMetrics metrics,
                OutboxProperties properties) {
        this(store, kafka, metrics, StoredTraces.none(), properties);
    }

    OutboxRound(OutboxStore store, KafkaOperations<String, SpecificRecord> kafka, OutboxMetrics metrics,
                StoredTraces tracing, OutboxProperties properties) {
        this.store = store;
        this.kafka = kafka;
        this.metrics = metrics;
        this.tracing = tracing;
        this.sendTimeout = properties.sendTimeout();
        this.retryDelay = properties.retryDelay();
    }

    /** Returns how many documents were claimed and how many messages were sent. */
    Result run(String collection, int batchSize) {
        Completion earlier = unconfirmed.remove(collection);
        if (earlier != null) {
            complete(collection, earlier);
        }
        List<ClaimedDocument> claimed = store.claim(collection, batchSize);
        metrics.oldestPending(collection, oldest(claimed));
        if (claimed.isEmpty()) {
            return new Result(0, 0, false);
        }
        Map<ClaimedDocument, List<CompletableFuture<?>>> sends = new LinkedHashMap<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        AtomicBoolean producerFailed = new AtomicBoolean();
        for (ClaimedDocument document : claimed) {
            List<CompletableFuture<?>> futures = producerFailed.get() ? List.of() : send(document, producerFailed);
            sends.put(document, futures);
            all.addAll(futures);
        }
        awaitAll(all);
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        Set<Object> unfinished = new HashSet<>();
        int sent = 0;
        for (Map.Entry<ClaimedDocument, List<CompletableFuture<?>>> entry : sends.entrySet()) {
            List<String> prefix = acknowledgedPrefix(entry.getKey(), entry.getValue());
            if (prefix.size() < entry.getKey().messages().size()) {
                unfinished.add(entry.getKey().id());
            }
            sent += prefix.size();
            acknowledged.put(entry.getKey().id(), prefix);
        }
        complete(collection, new Completion(acknowledged, unfinished));
        return new Result(claimed.size(), sent, !unfinished.isEmpty());
    }

    private void complete(String collection, Completion completion) {
        try {
            store.complete(collection, completion.sent(), completion.unfinished(), retryDelay);
        } catch (RuntimeException e) {
            unconfirmed.put(collection, completion);
            throw e;
        }
    }

    /** Prepares the store and the meters for a collection; called once at start-up. */
    void prepare(String collection) {
        store.createPendingIndex(collection);
        metrics.backlog(collection, store::countPending);
    }

    private static java.time.Instant oldest(List<ClaimedDocument> claimed) {
        return claimed.stream().flatMap(document -> document.messages().stream())
                .map(OutboxMessage::createdAt).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Sends a document's messages in order. An undecodable message stops only this document; a
     * producer that refuses synchronously (cluster unreachable) stops the whole round.
     */
    private List<CompletableFuture<?>> send(ClaimedDocument document, AtomicBoolean producerFailed) {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (OutboxMessage message : document.messages()) {
            ProducerRecord<String, SpecificRecord> record;
            try {
                record = OutboxRecords.toRecord(message);
            } catch (RuntimeException e) {
                log.error("Cannot decode outbox message {} of {} {}", message, document.collection(), document.id(), e);
                break;
            }
            try {
                ProducerRecord<String, SpecificRecord> toSend = record;
                futures.add(tracing.within(message.traceparent(), RELAY_OBSERVATION, "outbox relay " + message.topic(),
                        KeyValues.of("topic", message.topic()), () -> kafka.send(toSend)));
            } catch (RuntimeException e) {
                log.warn("Kafka refused outbox message {}: {}", message, e.toString());
                producerFailed.set(true);
                break;
            }
        }
        return futures;
    }

    private void awaitAll(List<CompletableFuture<?>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Outbox batch not fully acknowledged: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> acknowledgedPrefix(ClaimedDocument document, List<CompletableFuture<?>> futures) {
        List<String> prefix = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            CompletableFuture<?> future = futures.get(i);
            if (!future.isDone() || future.isCompletedExceptionally()) {
                break;
            }
            OutboxMessage message = document.messages().get(i);
            metrics.sent(message.createdAt());
            prefix.add(message.eventId());
        }
        if (prefix.size() < document.messages().size()) {
            metrics.failed();
        }
        return prefix;
    }

    record Result(int documents, int sent, boolean failures) {
    }

    private record Completion(Map<Object, List<String>> sent, Set<Object> unfinished) {
    }
}
