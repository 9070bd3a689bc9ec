package io.partnerhub.kit.deadletter;

import java.time.Instant;

/**
 * One record this service dead-lettered, as an operator sees it. {@code id} is
 * {@code <dead-letter topic>/<partition>/<offset>}: where it sits, and so the handle to show or
 * replay it.
 */
public record DeadLetter(String id, String deadLetterTopic, int partition, long offset, String originalTopic,
                         Integer originalPartition, Long originalOffset, String consumerGroup, String key,
                         String reason, String exception, Instant deadLetteredAt) {

    static String idOf(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
