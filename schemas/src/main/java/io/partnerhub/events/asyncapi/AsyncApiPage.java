package io.partnerhub.events.asyncapi;

import io.partnerhub.events.EventTypes;
import io.partnerhub.events.Topic;
import org.apache.avro.Schema;

/** A readable HTML page of the AsyncAPI document: each topic, its events and their fields. */
public final class AsyncApiPage {

    private AsyncApiPage() {
    }

    public static String render() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<title>Partnerhub events (AsyncAPI)</title><style>body{font-family:sans-serif;margin:2em}"
                + "td,th{padding:2px 10px;text-align:left;vertical-align:top}code{color:#444}</style></head><body>"
                + "<h1>Partnerhub events</h1><p>AsyncAPI 3.0 document: <a href=\"/asyncapi.json\">asyncapi.json</a>. "
                + "Avro in the Confluent wire format; subjects <code>&lt;topic&gt;-&lt;record full name&gt;</code>.</p>");
        for (Topic topic : Topic.values()) {
            html.append("<h2><code>").append(topic.topicName()).append("</code></h2><p>key ")
                    .append(topic.key()).append(", ").append(topic.partitions()).append(" partitions, ")
                    .append(topic.cleanupPolicy().configValue()).append(", dead letters to <code>")
                    .append(topic.deadLetterName()).append("</code></p>");
            for (String eventType : topic.eventTypes()) {
                appendEvent(html, EventTypes.schemaOf(eventType));
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void appendEvent(StringBuilder html, Schema schema) {
        html.append("<h3>").append(schema.getName()).append("</h3>");
        if (schema.getDoc() != null) {
            html.append("<p>").append(escape(schema.getDoc())).append("</p>");
        }
        html.append("<table><tr><th>field</th><th>type</th><th>doc</th></tr>");
        for (Schema.Field field : schema.getFields()) {
            html.append("<tr><td>").append(field.name()).append("</td><td><code>")
                    .append(escape(typeName(field.schema()))).append("</code></td><td>")
                    .append(field.doc() == null ? "" : escape(field.doc())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static String typeName(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> String.join(" | ", schema.getTypes().stream().map(AsyncApiPage::typeName).toList());
            case ARRAY -> "array<" + typeName(schema.getElementType()) + ">";
            case RECORD, ENUM, FIXED -> schema.getName();
            default -> schema.getLogicalType() != null ? schema.getLogicalType().getName() : schema.getName();
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
