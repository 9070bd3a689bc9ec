package io.partnerhub.platform;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the JVM's shared {@link EmbeddedPlatform} before a test class and exposes it to Spring
 * Boot through system properties, so cached application contexts keep pointing at one platform.
 */
public class EmbeddedPlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedPlatform.shared().springProperties().forEach(System::setProperty);
    }
}
