package io.partnerhub.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerVolumeKeyTest {

    @Test
    void aPartnersTwoCurrenciesHaveTwoKeysSoCompactionKeepsBoth() {
        assertThat(PartnerVolumeKey.of("partner-1", "CHF")).isEqualTo("partner-1:CHF");
        assertThat(PartnerVolumeKey.of("partner-1", "EUR")).isEqualTo("partner-1:EUR");
        assertThat(PartnerVolumeKey.of("partner-1", "CHF")).isNotEqualTo(PartnerVolumeKey.of("partner-1", "EUR"));
    }

    @Test
    void theCatalogDescribesTheKey() {
        assertThat(Topic.PARTNER_VOLUMES.key()).isEqualTo("partnerId:currency");
        assertThat(Topic.PARTNER_VOLUMES.cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
    }
}
