package io.partnerhub.kit.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes outside its trusted list while reading. Our generated
 * events live in one package; trust exactly that package, once per JVM.
 */
final class AvroTrust {

    static final String EVENT_PACKAGE = "io.partnerhub.events.";
    private static volatile boolean done;

    private AvroTrust() {
    }

    static void trustEventPackage() {
        if (done) {
            return;
        }
        synchronized (AvroTrust.class) {
            if (!done) {
                ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                        type -> type.getName().startsWith(EVENT_PACKAGE)));
                done = true;
            }
        }
    }
}
