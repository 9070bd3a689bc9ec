package io.partnerhub.kit.testapp;

import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;
import io.partnerhub.kit.consumer.ProcessedEvents;
import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.kit.kafka.TransientFailureException;
import io.partnerhub.kit.web.CorrelationId;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.partnerhub.kit.kafka.KitBatchListenerAutoConfiguration;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.util.List;
import org.springframework.stereotype.Component;

/** Thin listeners, as a service writes them: dispatch by type, throw for poison, dedupe by event id. */
@Component
public class TestListeners {

    public static final String POISON_TOPIC = "kit-test.poison";
    public static final String TRACED_TOPIC = "kit-test.traced";
    static final String DEDUPE_TOPIC = "kit-test.dedupe";
    static final String BATCH_TOPIC = "kit-test.batch";

    private final ReceivedEvents received;
    private final ProcessedEvents processedEvents;
    private final Tracer tracer;

    TestListeners(ReceivedEvents received, ProcessedEvents processedEvents, Tracer tracer) {
        this.received = received;
        this.processedEvents = processedEvents;
        this.tracer = tracer;
    }

    @KafkaListener(topics = POISON_TOPIC, groupId = "kit-test-poison")
    void onPoisonTopic(ConsumerRecord<String, SpecificRecord> record) {
        if (record.value() instanceof PartnerDirectoryListingChanged event) {
            if ("poison".equals(event.getLegalName())) {
                received.countFailure(record.key());
                throw new PoisonEventException("legal name 'poison' is not acceptable");
            }
            if (event.getLegalName().startsWith("down-") && received.countFailure(record.key())
                    <= Integer.parseInt(event.getLegalName().substring(5))) {
                throw new TransientFailureException("dependency down", new java.net.ConnectException("refused"));
            }
            if ("broken".equals(event.getLegalName()) && !received.isFixed(record.key())) {
                throw new PoisonEventException("broken until fixed");
            }
            if ("flaky".equals(event.getLegalName())) {
                received.countFailure(record.key());
                throw new IllegalStateException("always fails");
            }
        }
        received.correlationIds().add(String.valueOf(CorrelationId.current()));
        received.poisonTopic().add(record);
    }

    /** Notes the trace id of the listener's span for each record key. */
    @KafkaListener(topics = TRACED_TOPIC, groupId = "kit-test-traced")
    void onTracedTopic(ConsumerRecord<String, SpecificRecord> record) {
        Span span = tracer.currentSpan();
        received.traceIds().put(record.key(), span == null ? "no span" : span.context().traceId());
    }

    @KafkaListener(topics = BATCH_TOPIC, groupId = "kit-test-batch",
            containerFactory = KitBatchListenerAutoConfiguration.BATCH_FACTORY)
    void onBatch(List<ConsumerRecord<String, SpecificRecord>> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).value() instanceof PartnerDirectoryListingChanged event
                    && "poison".equals(event.getLegalName())) {
                throw new BatchListenerFailedException("poison in batch",
                        new PoisonEventException("legal name 'poison' is not acceptable"), i);
            }
            received.batchKeys().add(records.get(i).key());
        }
    }

    @KafkaListener(topics = DEDUPE_TOPIC, groupId = "kit-test-dedupe")
    void onDedupeTopic(PartnerDirectoryListingChanged event) {
        String eventId = event.getMetadata().getEventId().toString();
        if (processedEvents.markIfFirst("kit-test", eventId)) {
            received.dedupedEventIds().add(eventId);
        }
    }
}
