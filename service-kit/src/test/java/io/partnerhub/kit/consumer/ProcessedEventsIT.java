package io.partnerhub.kit.consumer;

import io.partnerhub.kit.KitIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@KitIT
class ProcessedEventsIT {

    @Autowired
    ProcessedEvents processedEvents;

    @Test
    void recordsAnEventOncePerConsumer() {
        UUID eventId = UUID.randomUUID();
        assertThat(processedEvents.alreadyProcessed("billing", eventId)).isFalse();
        assertThat(processedEvents.markIfFirst("billing", eventId)).isTrue();
        assertThat(processedEvents.markIfFirst("billing", eventId)).isFalse();
        assertThat(processedEvents.alreadyProcessed("billing", eventId.toString())).isTrue();
        assertThat(processedEvents.alreadyProcessed("notification", eventId)).isFalse();
        assertThat(processedEvents.markIfFirst("notification", eventId.toString())).isTrue();
    }

    @Test
    void markProcessedIsIdempotent() {
        String eventId = UUID.randomUUID().toString();
        processedEvents.markProcessed("tender", eventId);
        processedEvents.markProcessed("tender", eventId);
        assertThat(processedEvents.alreadyProcessed("tender", eventId)).isTrue();
    }
}
