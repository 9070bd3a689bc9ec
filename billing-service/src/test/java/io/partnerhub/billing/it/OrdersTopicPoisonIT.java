package io.partnerhub.billing.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.partnerhub.billing.it.ListenerFailuresIT.ORIGIN_HEADER;
import static io.partnerhub.billing.it.ListenerFailuresIT.awaitDeadLetter;
import static io.partnerhub.billing.it.ListenerFailuresIT.rawProducer;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes that are not our wire format on the orders topic billing reads back: to {@code .dlt} at once
 * with the reason and the record's own headers, and the orders listener goes on.
 */
class OrdersTopicPoisonIT extends BillingFlowSupport {

    @Test
    void bytesThatAreNotOurWireFormatGoToTheDeadLetterTopicWithTheReasonAndTheListenerGoesOn() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.ORDERS.deadLetterName());
             KafkaProducer<String, byte[]> producer = rawProducer()) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.ORDERS.topicName(), key, poison);
            record.headers().add(ORIGIN_HEADER, key.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, key);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(TopicProbe.header(dead, "dlt-reason")).isNotBlank();
            assertThat(TopicProbe.header(dead, ORIGIN_HEADER)).isEqualTo(key);
        }
        // the listener went on: an order placed after the poison has its cashback booked (CHF 9.92 − 20% → 1.98)
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        assertThat(post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "web-hosting", 1), null)
                .getStatus().value()).isEqualTo(201);
        awaitBalance(ids.partner, "1.98");
    }
}
