package io.partnerhub.partnership.partner;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyVolumesTest {

    private final YearlyVolumes volumes = YearlyVolumes.none();

    @Test
    void keepsTheLatestVolumeOfEachCurrency() {
        volumes.record(chf(2026, "2000"), 7);
        volumes.record(eur(2026, "1700"), 8);
        volumes.record(chf(2026, "2100"), 8);

        assertThat(volumes.byCurrency()).containsExactly(chf(2026, "2100"), eur(2026, "1700"));
    }

    @Test
    void comparesVersionsOnlyWithinACurrency() {
        assertThat(volumes.record(chf(2026, "1500"), 9)).isTrue();
        assertThat(volumes.record(eur(2026, "1800"), 2)).isTrue();

        assertThat(volumes.record(eur(2026, "10"), 2)).isFalse();
        assertThat(volumes.record(eur(2026, "10"), 1)).isFalse();
        assertThat(volumes.record(chf(2025, "9000"), 50)).isFalse();
        assertThat(volumes.byCurrency()).containsExactly(chf(2026, "1500"), eur(2026, "1800"));
    }

    @Test
    void aNewYearWinsWhateverItsVersion() {
        volumes.record(chf(2026, "2500"), 40);

        assertThat(volumes.record(chf(2027, "100"), 1)).isTrue();
        assertThat(volumes.byCurrency()).containsExactly(chf(2027, "100"));
    }

    @Test
    void nothingReportedIsBelowThreshold() {
        assertThat(ProgramConditions.statusFor(volumes)).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
        assertThat(volumes.headline()).isEqualTo(YearlyVolume.none(0));
        assertThat(volumes.byCurrency()).isEmpty();
    }

    @Test
    void oneCurrencyMeetingItsThresholdIsEnough() {
        volumes.record(chf(2026, "2000"), 1);
        volumes.record(eur(2026, "1700"), 1);
        assertThat(ProgramConditions.statusFor(volumes)).isEqualTo(ProgramStatus.ACTIVE);

        volumes.record(chf(2026, "1999.99"), 2);
        assertThat(ProgramConditions.statusFor(volumes)).isEqualTo(ProgramStatus.BELOW_THRESHOLD);

        volumes.record(eur(2026, "1800"), 2);
        assertThat(ProgramConditions.statusFor(volumes)).isEqualTo(ProgramStatus.ACTIVE);
    }

    @Test
    void onlyTheMostRecentReportedYearCounts() {
        volumes.record(chf(2026, "5000"), 3);
        volumes.record(eur(2027, "300"), 1);
        assertThat(volumes.ofLatestYear()).containsExactly(eur(2027, "300"));
        assertThat(ProgramConditions.statusFor(volumes)).isEqualTo(ProgramStatus.BELOW_THRESHOLD);

        // a late report of the earlier year is kept for its currency but does not decide
        volumes.record(eur(2026, "9000"), 4);
        assertThat(volumes.record(eur(2026, "9000"), 4)).isFalse();
        volumes.record(chf(2027, "2000"), 1);
        assertThat(ProgramConditions.statusFor(volumes)).isEqualTo(ProgramStatus.ACTIVE);
    }

    @Test
    void theHeadlineIsAVolumeOfTheLatestYearThatMeetsItsThresholdIfOneDoes() {
        volumes.record(chf(2026, "100"), 1);
        volumes.record(eur(2026, "1900"), 1);
        assertThat(volumes.headline()).isEqualTo(eur(2026, "1900"));

        volumes.record(eur(2026, "10"), 2);
        assertThat(volumes.headline()).isEqualTo(chf(2026, "100"));

        volumes.record(eur(2027, "20"), 1);
        assertThat(volumes.headline()).isEqualTo(eur(2027, "20"));
    }

    static YearlyVolume chf(int year, String amount) {
        return new YearlyVolume(year, new BigDecimal(amount), Currency.CHF);
    }

    static YearlyVolume eur(int year, String amount) {
        return new YearlyVolume(year, new BigDecimal(amount), Currency.EUR);
    }
}
