package io.partnerhub.billing.pricing;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long one order of a product lasts before it renews. Period ends are counted from the start
 * (start + n months or years, in UTC), never from the previous end, so a subscription started on
 * 31 January renews on 28/29 February, then on 31 March: the day of the month never drifts.
 */
public enum BillingPeriod {
    MONTHLY, YEARLY;

    /** The end of the {@code periods}-th period counted from {@code start}. */
    public Instant end(Instant start, int periods) {
        var utc = start.atOffset(ZoneOffset.UTC);
        return (this == MONTHLY ? utc.plusMonths(periods) : utc.plusYears(periods)).toInstant();
    }
}
