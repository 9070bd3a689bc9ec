package io.partnerhub.notification.delivery.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code partnerhub.peers.*}: where the services that own the emails' causes answer
 * (env {@code PARTNERSHIP_SERVICE_URL}, {@code TENDER_SERVICE_URL}).
 */
@ConfigurationProperties("partnerhub.peers")
public record PeerProperties(String partnershipUrl, String tenderUrl) {

    public PeerProperties {
        partnershipUrl = partnershipUrl == null || partnershipUrl.isBlank() ? "http://localhost:8091" : partnershipUrl;
        tenderUrl = tenderUrl == null || tenderUrl.isBlank() ? "http://localhost:8093" : tenderUrl;
    }
}
