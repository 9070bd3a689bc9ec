package io.partnerhub.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}) of the current span
 * (Micrometer Tracing's OpenTelemetry bridge makes its spans current in the OpenTelemetry context),
 * for work that is stored now and continued later on another thread: see {@link StoredTraces}.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The current span's traceparent, or null when no span is recording here. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The trace id part of a traceparent (null when there is none or it is malformed). */
    public static String traceId(String traceparent) {
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }
}
