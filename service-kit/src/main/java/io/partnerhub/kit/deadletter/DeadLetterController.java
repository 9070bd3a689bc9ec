package io.partnerhub.kit.deadletter;

import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.kit.web.ForbiddenException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The operators' dead-letter tool (role OPS): list what this service dead-lettered and why, show
 * one record decoded, and replay it to its original topic once the cause is fixed — once.
 */
@RestController
@RequestMapping("/ops/dead-letters")
public class DeadLetterController {

    private final DeadLetterReader reader;
    private final DeadLetterReplays replays;

    public DeadLetterController(DeadLetterReader reader, DeadLetterReplays replays) {
        this.reader = reader;
        this.replays = replays;
    }

    public record Listed(DeadLetter deadLetter, Instant replayedAt) {
    }

    public record Shown(DeadLetter deadLetter, Instant replayedAt, String value, String valueType,
                        String decodingProblem, String valueBase64) {
    }

    /**
     * Every record one of this service's consumer groups sent to a dead-letter topic, in topic,
     * partition and offset order, with when it was replayed (null: not yet).
     */
    @GetMapping
    public List<Listed> list(Caller caller, @RequestParam(defaultValue = "1000") int limit) {
        requireOps(caller);
        return reader.all().stream().limit(Math.max(1, Math.min(limit, 10_000)))
                .map(letter -> new Listed(letter, replays.replayedAt(letter.id()).orElse(null))).toList();
    }

    /**
     * One dead letter, its value decoded from Confluent's wire format with the registry, as JSON;
     * when it cannot be decoded (that may be why it was dead-lettered) the problem, and always the
     * raw bytes in base64.
     */
    @GetMapping("/{topic}/{partition}/{offset}")
    public Shown show(Caller caller, @PathVariable String topic, @PathVariable int partition,
                      @PathVariable long offset) {
        requireOps(caller);
        ConsumerRecord<String, byte[]> record = find(topic, partition, offset);
        DeadLetter letter = DeadLetterReader.letterOf(record);
        Instant replayedAt = replays.replayedAt(letter.id()).orElse(null);
        String base64 = record.value() == null ? null : Base64.getEncoder().encodeToString(record.value());
        try (AvroEventDeserializer deserializer = new AvroEventDeserializer()) {
            deserializer.configure(reader.consumerConfigs(), false);
            SpecificRecord value = deserializer.deserialize(DeadLetterReplays.originalTopicOf(record), record.value());
            return new Shown(letter, replayedAt, value == null ? null : value.toString(),
                    value == null ? null : value.getSchema().getFullName(), null, base64);
        } catch (RuntimeException undecodable) {
            return new Shown(letter, replayedAt, null, null, undecodable.toString(), base64);
        }
    }

    /**
     * Publishes the record again, as first published, to its original topic; every consumer group
     * of that topic reads it again and dedupes by event id. Once per dead letter: a second request
     * answers {@code sent: false} with the time of the first replay.
     */
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    public DeadLetterReplays.Replay replay(Caller caller, @PathVariable String topic, @PathVariable int partition,
                                           @PathVariable long offset) {
        requireOps(caller);
        return replays.replay(find(topic, partition, offset), caller.userId());
    }

    private ConsumerRecord<String, byte[]> find(String topic, int partition, long offset) {
        return reader.find(topic, partition, offset).orElseThrow(() -> new NotFoundException(
                "no dead letter of this service at " + DeadLetter.idOf(topic, partition, offset)));
    }

    private static void requireOps(Caller caller) {
        if (!caller.hasRole(Caller.OPS)) {
            throw new ForbiddenException("only operations (role OPS) may read or replay dead letters");
        }
    }
}
