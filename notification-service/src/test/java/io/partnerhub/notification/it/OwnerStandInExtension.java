package io.partnerhub.notification.it;

import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the service at the {@link OwnerStandIn} (both peers) and at the embedded token issuer's
 * client-credentials endpoint, through system properties like the platform's own extension, so
 * the cached application contexts stay as few as before.
 */
public class OwnerStandInExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        String url = OwnerStandIn.shared().url();
        System.setProperty("partnerhub.peers.tender-url", url);
        System.setProperty("partnerhub.peers.partnership-url", url);
        System.setProperty("partnerhub.service-client.token-uri", EmbeddedPlatform.shared().tokens().oauth2TokenUri());
    }
}
