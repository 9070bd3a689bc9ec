package io.partnerhub.events.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.events.Topic;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiDocumentTest {

    private static final Path COMMITTED = Path.of("asyncapi.json");

    @Test
    void committedDocumentIsUpToDateWithCatalogAndSchemas() throws Exception {
        assertThat(Files.readString(COMMITTED))
                .as("schemas/asyncapi.json is stale: regenerate it with AsyncApiDocument.main")
                .isEqualTo(AsyncApiDocument.generate());
    }

    @Test
    void describesEveryTopicAndEventWithItsAvroSchema() throws Exception {
        JsonNode document = new ObjectMapper().readTree(AsyncApiDocument.generate());

        for (Topic topic : Topic.values()) {
            JsonNode channel = document.path("channels").path(topic.name());
            assertThat(channel.path("address").asText()).isEqualTo(topic.topicName());
            for (String eventType : topic.eventTypes()) {
                assertThat(channel.path("messages").has(eventType)).isTrue();
                JsonNode payload = document.path("components").path("messages").path(eventType).path("payload");
                assertThat(payload.path("schemaFormat").asText()).startsWith("application/vnd.apache.avro");
                assertThat(payload.path("schema").path("fields").get(0).path("name").asText()).isEqualTo("metadata");
            }
        }
    }
}
