package io.partnerhub.notification.sending;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerhub.notification.delivery.Delivery;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Counts send attempts by what they led to: {@code sent}, {@code retry_scheduled} or {@code failed}. */
@Component
class DeliveryMetrics {

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void attempted(Delivery delivery) {
        Counter.builder("partnerhub.notifications.attempts")
                .description("SMTP send attempts by the delivery status they led to")
                .tag("status", delivery.status().name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
    }
}
