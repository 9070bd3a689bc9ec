package io.partnerhub.platform.registry;

import java.util.List;

/** Where the registry's changes are kept: appended before they are applied, replayed on start. */
interface SchemaLog extends AutoCloseable {

    /** A change as Confluent's {@code _schemas} topic holds it: a JSON key and a JSON value. */
    record Entry(String key, String value) {
    }

    void append(Entry entry);

    List<Entry> replay();

    @Override
    void close();

    /** Keeps nothing: a registry that forgets everything on restart (fast unit tests). */
    static SchemaLog inMemory() {
        return new SchemaLog() {
            @Override
            public void append(Entry entry) {
            }

            @Override
            public List<Entry> replay() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
