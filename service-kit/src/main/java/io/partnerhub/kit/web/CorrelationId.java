package io.partnerhub.kit.web;

import org.slf4j.MDC;

import java.util.UUID;

/**
 * The correlation id of the work in progress, kept in the logging MDC under {@value #MDC_KEY}:
 * set per HTTP request (header {@value #HTTP_HEADER}) and per consumed record (Kafka header
 * {@value #KAFKA_HEADER}), read when events are created.
 */
public final class CorrelationId {

    public static final String MDC_KEY = "correlationId";
    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String KAFKA_HEADER = "correlationId";

    private CorrelationId() {
    }

    /** The current correlation id, or null outside a request or record. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    public static String currentOrNew() {
        String current = current();
        return current != null ? current : UUID.randomUUID().toString();
    }

    public static void set(String correlationId) {
        if (correlationId == null || correlationId.isBlank()) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, correlationId);
        }
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
