package io.partnerhub.kit.serde;

import io.partnerhub.platform.registry.DevSchemaRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build sets -Dorg.apache.avro.SERIALIZABLE_PACKAGES for tests; services do not. A JVM without
 * that property must still read our events, because the deserializer trusts the package itself.
 */
class AvroTrustTest {

    @Test
    void theDeserializerWorksWithoutTheSerializablePackagesProperty() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                RoundTrip.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("read a@b.ch");
    }

    /** Runs in the child JVM. */
    static final class RoundTrip {
        public static void main(String[] args) {
            if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") != null) {
                throw new IllegalStateException("the child JVM must not trust the package by property");
            }
            try (DevSchemaRegistry registry = DevSchemaRegistry.startInMemory()) {
                byte[] bytes = SerdeFixture.serializer(registry.url()).serialize("t", SerdeFixture.recipient());
                AvroEventDeserializer deserializer = SerdeFixture.deserializer(SerdeFixture.registry(registry.url()));
                System.out.println("read " + ((io.partnerhub.events.common.Recipient) deserializer.deserialize("t", bytes))
                        .getEmail());
            }
        }
    }
}
