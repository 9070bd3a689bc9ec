package io.partnerhub.partnership.partner;

import java.math.BigDecimal;

/**
 * R2: a partner is active with a yearly volume of at least CHF 2000 or EUR 1800. With volumes in
 * both currencies, the most recent year any currency reported decides, and one currency meeting
 * its threshold in that year is enough.
 */
public final class ProgramConditions {

    static final BigDecimal CHF_THRESHOLD = new BigDecimal("2000.00");
    static final BigDecimal EUR_THRESHOLD = new BigDecimal("1800.00");

    private ProgramConditions() {
    }

    public static BigDecimal threshold(Currency currency) {
        return currency == Currency.CHF ? CHF_THRESHOLD : EUR_THRESHOLD;
    }

    public static boolean meetsThreshold(YearlyVolume volume) {
        return volume.amount().compareTo(threshold(volume.currency())) >= 0;
    }

    public static ProgramStatus statusFor(YearlyVolumes volumes) {
        return volumes.ofLatestYear().stream().anyMatch(ProgramConditions::meetsThreshold)
                ? ProgramStatus.ACTIVE : ProgramStatus.BELOW_THRESHOLD;
    }
}
