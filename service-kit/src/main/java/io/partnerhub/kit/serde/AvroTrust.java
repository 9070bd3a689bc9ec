package io.partnerhub.kit.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses generated classes outside its trusted list (in readers and writers) unless
 * -Dorg.apache.avro.SERIALIZABLE_PACKAGES is set. Our events live in one package: trust exactly
 * that package, once per JVM. The serde calls this itself; other Avro code of ours may call it too.
 */
public final class AvroTrust {

    public static final String EVENT_PACKAGE = "io.partnerhub.events.";
    private static volatile boolean done;

    private AvroTrust() {
    }

    public static void trustEventPackage() {
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
