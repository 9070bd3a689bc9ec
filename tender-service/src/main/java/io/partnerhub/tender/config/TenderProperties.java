package io.partnerhub.tender.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * tender.* settings. Defaults: requests valid 30 days, 5 reveals per request, 5 submissions per
 * email and 20 per client address per hour, fan-out batches of 1000 with a 30 s lease.
 */
@ConfigurationProperties("tender")
public record TenderProperties(
        @DefaultValue("P30D") Duration validity,
        @DefaultValue("5") int revealCap,
        @DefaultValue Abuse abuse,
        @DefaultValue FanOutSettings fanOut,
        @DefaultValue Expiry expiry) {

    public record Abuse(@DefaultValue("5") int perEmail, @DefaultValue("20") int perClientAddress,
                        @DefaultValue("PT1H") Duration window) {
    }

    public record FanOutSettings(@DefaultValue("1000") int batchSize, @DefaultValue("PT30S") Duration lease,
                                 @DefaultValue("PT5S") Duration pollInterval) {
    }

    public record Expiry(@DefaultValue("PT1M") Duration sweepInterval, @DefaultValue("100") int batchSize) {
    }
}
