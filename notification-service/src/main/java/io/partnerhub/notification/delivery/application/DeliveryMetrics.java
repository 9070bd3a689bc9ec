package io.partnerhub.notification.delivery.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerhub.notification.delivery.Delivery;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Counts send attempts by what they led to ({@code sent}, {@code retry_scheduled}, {@code failed}),
 * emails withdrawn because their cause no longer held (by the check before sending, or by an event
 * that ended it), and emails postponed because their owner did not answer the check.
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void attempted(Delivery delivery) {
        Counter.builder("partnerhub.notifications.attempts")
                .description("SMTP send attempts by the delivery status they led to")
                .tag("status", delivery.status().name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
    }

    /** @param by {@code check} (the owner said no right before sending) or {@code event} (an event ended the cause) */
    public void withdrawn(String by, long count) {
        if (count > 0) {
            Counter.builder("partnerhub.notifications.withdrawn")
                    .description("Emails not sent because their cause no longer held")
                    .tag("by", by)
                    .register(meters)
                    .increment(count);
        }
    }

    public void postponed(long count) {
        if (count > 0) {
            Counter.builder("partnerhub.notifications.postponed")
                    .description("Emails put back for a few seconds because their owner did not answer the check")
                    .register(meters)
                    .increment(count);
        }
    }
}
