package io.partnerhub.notification.message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An email to write because of one source event: who gets it, which kind it is and the data its
 * template needs, and what must still hold when it is sent ({@code precondition}, null when it
 * depends on nothing that can be taken back). Built from an event at the edge; checked here
 * before anything is rendered.
 */
public record Message(String sourceEventId, String sourceEventType, String correlationId, MessageKind kind,
                      Recipient recipient, Map<String, Object> data, Precondition precondition) {

    public Message {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data == null ? Map.of() : data));
    }

    /** A message that depends on nothing another service may take back. */
    public Message(String sourceEventId, String sourceEventType, String correlationId, MessageKind kind,
                   Recipient recipient, Map<String, Object> data) {
        this(sourceEventId, sourceEventType, correlationId, kind, recipient, data, null);
    }

    /** The same message, sent only while {@code condition} holds. */
    public Message requiring(Precondition condition) {
        return new Message(sourceEventId, sourceEventType, correlationId, kind, recipient, data, condition);
    }

    public IdempotencyKey idempotencyKey() {
        return new IdempotencyKey(sourceEventId, kind, recipient.normalizedEmail());
    }

    /**
     * Why this message cannot be written, or empty when it can: a recipient address that is not
     * an address, or required template data that is missing or blank.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!recipient.hasPlausibleAddress()) {
            problems.add("recipient address '" + recipient.email() + "' is not an email address");
        }
        List<String> missing = kind.requiredData().stream().filter(name -> isMissing(data.get(name))).toList();
        if (!missing.isEmpty()) {
            problems.add("incomplete template data: missing " + String.join(", ", missing));
        }
        return problems;
    }

    private static boolean isMissing(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        return value instanceof Collection<?> values && values.isEmpty();
    }
}
