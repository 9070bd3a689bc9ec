package io.partnerhub.kit.kafka;

import io.partnerhub.kit.outbox.EventMetadatas;
import io.partnerhub.kit.web.CorrelationId;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.RecordInterceptor;

import java.nio.charset.StandardCharsets;

/** Puts the consumed record's correlation id (header, else the event's metadata) in the MDC. */
public class CorrelationIdRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        CorrelationId.set(correlationId(record));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        CorrelationId.clear();
    }

    static String correlationId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CorrelationId.KAFKA_HEADER);
        if (header != null && header.value() != null) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        if (record.value() instanceof SpecificRecord event && event.getSchema().getField("metadata") != null) {
            return EventMetadatas.of(event).getCorrelationId();
        }
        return null;
    }
}
