package io.partnerhub.events.asyncapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerhub.events.CleanupPolicy;
import io.partnerhub.events.EventTypes;
import io.partnerhub.events.Topic;
import org.apache.avro.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AsyncAPI 3.0 document of every Partnerhub topic, generated from the {@link Topic} catalog and
 * the Avro schemas. The committed copy ({@code schemas/asyncapi.json}) is kept equal by a test;
 * {@code main} rewrites it.
 */
public final class AsyncApiDocument {

    static final String AVRO_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AsyncApiDocument() {
    }

    public static String generate() {
        ObjectNode root = JSON.createObjectNode();
        root.put("asyncapi", "3.0.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Partnerhub events");
        info.put("version", "1");
        info.put("description", "Avro events in the Confluent Schema Registry wire format (magic byte 0, "
                + "4-byte schema id, Avro binary); subjects named <topic>-<record full name>. "
                + "Every topic has a dead-letter topic <topic>.dlt.");
        root.put("defaultContentType", "application/vnd.apache.avro+binary");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode messages = root.putObject("components").putObject("messages");
        for (Topic topic : Topic.values()) {
            ObjectNode channel = channels.putObject(topic.name());
            channel.put("address", topic.topicName());
            channel.put("description", "Key: " + topic.key() + ". Partitions: " + topic.partitions()
                    + ". " + cleanup(topic) + " Dead letters: " + topic.deadLetterName() + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + pascal(topic.name()));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + topic.name());
            ArrayNode operationMessages = operation.putArray("messages");
            for (String eventType : topic.eventTypes()) {
                channelMessages.putObject(eventType).put("$ref", "#/components/messages/" + eventType);
                operationMessages.addObject().put("$ref", "#/channels/" + topic.name() + "/messages/" + eventType);
                messages.set(eventType, message(eventType, topic));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode message(String eventType, Topic topic) {
        Schema schema = EventTypes.schemaOf(eventType);
        ObjectNode message = JSON.createObjectNode();
        message.put("name", eventType);
        message.put("title", eventType);
        if (schema.getDoc() != null) {
            message.put("summary", schema.getDoc());
        }
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", AVRO_FORMAT);
        try {
            payload.set("schema", JSON.readTree(schema.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", topic.key());
        kafka.put("schemaIdLocation", "payload");
        kafka.put("schemaIdPayloadEncoding", "confluent");
        return message;
    }

    private static String pascal(String constant) {
        StringBuilder result = new StringBuilder();
        for (String word : constant.split("_")) {
            result.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return result.toString();
    }

    private static String cleanup(Topic topic) {
        return topic.cleanupPolicy() == CleanupPolicy.COMPACT
                ? "Cleanup: compact, the latest record per key is kept."
                : "Cleanup: delete, retention " + topic.retention().toDays() + " days.";
    }

    /** Rewrites the committed document: {@code java ... AsyncApiDocument schemas/asyncapi.json}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args.length > 0 ? args[0] : "asyncapi.json"), generate());
    }
}
