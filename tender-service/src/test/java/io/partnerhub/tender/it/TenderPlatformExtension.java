package io.partnerhub.tender.it;

import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.EmbeddedPlatformExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded platform, plus what tender-service needs besides: its client-credentials endpoint
 * (the platform's token issuer) and partnership-service, played by the JVM's {@link PartnershipStandIn}.
 * Set as system properties, so the cached application context keeps pointing at the same ones.
 */
public class TenderPlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        new EmbeddedPlatformExtension().beforeAll(context);
        System.setProperty("partnerhub.service-client.token-uri", EmbeddedPlatform.shared().tokens().oauth2TokenUri());
        System.setProperty("partnerhub.peers.partnership-url", PartnershipStandIn.shared().baseUrl());
    }
}
