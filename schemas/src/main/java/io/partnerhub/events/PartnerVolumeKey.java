package io.partnerhub.events;

import java.util.Objects;

/**
 * The record key of {@link Topic#PARTNER_VOLUMES}: partner and currency. The topic is compacted, so
 * Kafka keeps the latest record per key; keyed by partner alone, a partner's CHF and EUR volumes
 * would overwrite each other. Consumers read the partner id from the payload, not from the key.
 */
public final class PartnerVolumeKey {

    private PartnerVolumeKey() {
    }

    public static String of(String partnerId, String currency) {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(currency, "currency");
        return partnerId + ":" + currency;
    }
}
