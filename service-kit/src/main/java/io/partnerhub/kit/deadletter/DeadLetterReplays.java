package io.partnerhub.kit.deadletter;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.kafka.DeadLetters;
import io.partnerhub.kit.kafka.RawProducers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts a dead letter back on its original topic, as it was first published (key, bytes, headers
 * without the dead-letter ones, plus {@value #REPLAYED_FROM_HEADER}), once per dead letter: the
 * replay is claimed in {@code dead_letter_replays} before it is sent and confirmed after, so a
 * second request — from the same or another instance — sends nothing. A claim whose send was never
 * confirmed (the instance died) may be taken again after {@link #STALE_CLAIM}. Consumers dedupe by
 * event id, so even that repeat changes nothing.
 */
public class DeadLetterReplays implements DisposableBean {

    public static final String REPLAYED_FROM_HEADER = "partnerhub-replayed-from";
    static final String COLLECTION = "dead_letter_replays";
    static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final DefaultKafkaProducerFactory<String, byte[]> bytesFactory;
    private final KafkaTemplate<String, byte[]> bytes;
    private final Clock clock;

    public DeadLetterReplays(MongoTemplate mongo, ProducerFactory<?, ?> producers, Clock clock) {
        this.mongo = mongo;
        this.bytesFactory = RawProducers.like(producers);
        this.bytes = new KafkaTemplate<>(bytesFactory);
        this.clock = clock;
    }

    /** What a replay request did. */
    public record Replay(String id, String originalTopic, boolean sent, Instant replayedAt) {
    }

    /** When this dead letter was replayed, if it was. */
    Optional<Instant> replayedAt(String id) {
        Document claim = mongo.findById(id, Document.class, COLLECTION);
        return Optional.ofNullable(claim).map(found -> found.getDate("sentAt")).map(Date::toInstant);
    }

    Replay replay(ConsumerRecord<String, byte[]> record, String by) {
        String id = DeadLetter.idOf(record.topic(), record.partition(), record.offset());
        String originalTopic = originalTopicOf(record);
        if (!claim(id, originalTopic, by)) {
            Instant sentAt = replayedAt(id).orElse(null);
            return new Replay(id, originalTopic, false, sentAt);
        }
        try {
            bytes.send(copyOf(record, originalTopic, id)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            mongo.remove(Query.query(Criteria.where("_id").is(id).and("sentAt").is(null)), COLLECTION);
            throw new IllegalStateException("Could not replay " + id + " to " + originalTopic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + id, e);
        }
        Instant sentAt = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as the database keeps it
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("sentAt", Date.from(sentAt)),
                COLLECTION);
        return new Replay(id, originalTopic, true, sentAt);
    }

    /** Takes the replay: no claim yet, or a claim never confirmed that is older than {@link #STALE_CLAIM}. */
    private boolean claim(String id, String originalTopic, String by) {
        Instant now = clock.instant();
        Document claim = new Document("_id", id).append("originalTopic", originalTopic).append("claimedBy", by)
                .append("claimedAt", Date.from(now)).append("sentAt", null);
        try {
            mongo.insert(claim, COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            Query stale = Query.query(Criteria.where("_id").is(id).and("sentAt").is(null)
                    .and("claimedAt").lt(Date.from(now.minus(STALE_CLAIM))));
            return mongo.updateFirst(stale, new Update().set("claimedBy", by).set("claimedAt", Date.from(now)),
                    COLLECTION).getModifiedCount() == 1;
        }
    }

    static String originalTopicOf(ConsumerRecord<String, byte[]> record) {
        String original = DeadLetterReader.header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (original != null) {
            return original;
        }
        return record.topic().substring(0, record.topic().length() - Topic.DEAD_LETTER_SUFFIX.length());
    }

    private static ProducerRecord<String, byte[]> copyOf(ConsumerRecord<String, byte[]> record, String topic,
                                                         String id) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-") && !header.key().equals(DeadLetters.REASON_HEADER)) {
                copy.headers().add(header);
            }
        }
        copy.headers().add(REPLAYED_FROM_HEADER, id.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    @Override
    public void destroy() {
        bytesFactory.destroy();
    }
}
