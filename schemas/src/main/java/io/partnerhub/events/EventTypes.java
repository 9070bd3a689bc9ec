package io.partnerhub.events;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

import java.util.List;

/** Finds the generated Avro class of an event type named in the {@link Topic} catalog. */
public final class EventTypes {

    private static final List<String> NAMESPACES = List.of(
            "io.partnerhub.events.partnership", "io.partnerhub.events.billing",
            "io.partnerhub.events.tender", "io.partnerhub.events.notification");

    private EventTypes() {
    }

    public static Class<?> classOf(String simpleName) {
        for (String namespace : NAMESPACES) {
            try {
                return Class.forName(namespace + "." + simpleName);
            } catch (ClassNotFoundException notInThisNamespace) {
                // try the next owner
            }
        }
        throw new IllegalArgumentException("No generated event class named " + simpleName);
    }

    public static Schema schemaOf(String simpleName) {
        return SpecificData.get().getSchema(classOf(simpleName));
    }
}
