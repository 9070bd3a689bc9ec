package io.partnerhub.kit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the current span (Micrometer Tracing's OpenTelemetry bridge makes
 * its spans current in the OpenTelemetry context), or null when no span is recording here.
 */
final class TraceParent {

    static final String HEADER = "traceparent";

    private TraceParent() {
    }

    static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
