package io.partnerhub.tender.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * tender.* settings. Defaults: requests valid 30 days, 5 reveals per request, 5 submissions per
 * email and 20 per client address per hour, fan-out batches of 1000 with a 30 s lease, retried 2 s
 * after partnership-service could not be asked.
 */
@ConfigurationProperties("tender")
public record TenderProperties(
        @DefaultValue("P30D") Duration validity,
        @DefaultValue("5") int revealCap,
        @DefaultValue Abuse abuse,
        @DefaultValue FanOutSettings fanOut,
        @DefaultValue Expiry expiry) {

    /** {@code sweepInterval}: how often the counters of ended windows are dropped. */
    public record Abuse(@DefaultValue("5") int perEmail, @DefaultValue("20") int perClientAddress,
                        @DefaultValue("PT1H") Duration window, @DefaultValue("PT1M") Duration sweepInterval) {
    }

    /**
     * {@code batchSize} is also the page asked from partnership-service per call (it answers at most
     * 1000); {@code ownerRetry} is how long a fan-out waits after partnership-service could not be asked;
     * {@code batchSweepInterval} is how often relayed batch documents of finished fan-outs are dropped.
     */
    public record FanOutSettings(@DefaultValue("1000") int batchSize, @DefaultValue("PT30S") Duration lease,
                                 @DefaultValue("PT5S") Duration pollInterval, @DefaultValue("PT2S") Duration ownerRetry,
                                 @DefaultValue("PT1M") Duration batchSweepInterval) {

        public FanOutSettings {
            if (batchSize < 1 || batchSize > 1000) {
                throw new IllegalArgumentException("tender.fan-out.batch-size must be 1 to 1000 (partnership-service"
                        + " answers at most 1000 subscribers per call), not " + batchSize);
            }
            if (ownerRetry.isNegative() || ownerRetry.isZero()) {
                throw new IllegalArgumentException("tender.fan-out.owner-retry must be positive");
            }
        }
    }

    public record Expiry(@DefaultValue("PT1M") Duration sweepInterval, @DefaultValue("100") int batchSize) {
    }
}
