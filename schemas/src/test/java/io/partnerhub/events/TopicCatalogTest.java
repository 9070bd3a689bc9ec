package io.partnerhub.events;

import io.partnerhub.events.common.EventMetadata;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicCatalogTest {

    private static final List<String> EVENT_PACKAGES = List.of("io.partnerhub.events.partnership",
            "io.partnerhub.events.billing", "io.partnerhub.events.tender", "io.partnerhub.events.notification");

    @Test
    void everyCatalogEventIsAGeneratedRecordWithMetadataFirst() {
        for (Topic topic : Topic.values()) {
            for (String eventType : topic.eventTypes()) {
                List<Class<?>> classes = EVENT_PACKAGES.stream().<Class<?>>map(p -> load(p + "." + eventType))
                        .filter(type -> type != null).toList();
                assertThat(classes).as(eventType + " of " + topic + " as a generated class").hasSize(1);
                assertThat(SpecificRecord.class).isAssignableFrom(classes.get(0));

                Schema.Field first = SpecificData.get().getSchema(classes.get(0)).getFields().get(0);
                assertThat(first.name()).as(eventType + "'s first field").isEqualTo("metadata");
                assertThat(first.schema()).isEqualTo(EventMetadata.getClassSchema());
            }
        }
    }

    @Test
    void topicNamesAndDeadLetterNamesAreUnique() {
        List<String> names = Arrays.stream(Topic.values())
                .flatMap(topic -> List.of(topic.topicName(), topic.deadLetterName()).stream()).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Topic.values()).flatMap(t -> t.eventTypes().stream()).toList())
                .as("an event type lives on one topic").doesNotHaveDuplicates();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
