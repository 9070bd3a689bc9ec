package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.PartnerEvents.Admitted;
import io.partnerhub.partnership.partner.PartnerEvents.Applied;
import io.partnerhub.partnership.partner.PartnerEvents.ProgramStatusChanged;
import io.partnerhub.partnership.shared.Language;
import io.partnerhub.partnership.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static io.partnerhub.partnership.partner.PartnerFixture.NOW;
import static io.partnerhub.partnership.partner.PartnerFixture.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerTest {

    @Test
    void admitsAnApplicantBelowThresholdUntilBillingReportsVolume() {
        Partner.Admission admission = Partner.admit(application("org-1"), false, NOW);

        assertThat(admission.partner().programStatus()).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
        assertThat(admission.events()).hasSize(2);
        assertThat(admission.events().get(0)).isInstanceOf(Applied.class);
        assertThat(admission.events().get(1)).isEqualTo(new Admitted(ProgramStatus.BELOW_THRESHOLD));
    }

    @Test
    void refusesAnAffiliate() {
        assertThatThrownBy(() -> Partner.admit(application("org-1"), true, NOW))
                .isInstanceOf(AffiliateExclusion.class);
    }

    @Test
    void becomesActiveAtTheThresholdAndVisiblyDropsBelowIt() {
        Partner partner = PartnerFixture.admitted("org-1");

        assertThat(partner.recordYearlyVolume(volume(2026, "2000.00", Currency.CHF), 1))
                .contains(new ProgramStatusChanged(ProgramStatus.BELOW_THRESHOLD, ProgramStatus.ACTIVE,
                        volume(2026, "2000.00", Currency.CHF)));
        assertThat(partner.recordYearlyVolume(volume(2026, "1999.99", Currency.CHF), 2))
                .map(ProgramStatusChanged::status).contains(ProgramStatus.BELOW_THRESHOLD);
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
    }

    @Test
    void euroThresholdIs1800() {
        assertThat(statusAfter(volume(2026, "1800", Currency.EUR))).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(statusAfter(volume(2026, "1799.99", Currency.EUR))).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
        assertThat(statusAfter(volume(2026, "1800", Currency.CHF))).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
    }

    private static ProgramStatus statusAfter(YearlyVolume reported) {
        Partner partner = PartnerFixture.admitted("org-threshold");
        partner.recordYearlyVolume(reported, 1);
        return partner.programStatus();
    }

    @Test
    void ignoresAReplayedOrOlderVolumeReport() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.recordYearlyVolume(volume(2026, "2500", Currency.CHF), 5);
        long revision = partner.revision();

        assertThat(partner.recordYearlyVolume(volume(2026, "100", Currency.CHF), 5)).isEmpty();
        assertThat(partner.recordYearlyVolume(volume(2025, "100", Currency.CHF), 9)).isEmpty();
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(partner.revision()).isEqualTo(revision);
    }

    @Test
    void sameStatusUpdatesTheVolumeWithoutAnEvent() {
        Partner partner = PartnerFixture.admitted("org-1");
        assertThat(partner.recordYearlyVolume(volume(2026, "10", Currency.CHF), 1)).isEmpty();
        assertThat(partner.yearlyVolume().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void staysActiveWhenTheOtherCurrencyReportsALowVolume() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.recordYearlyVolume(volume(2026, "2000", Currency.CHF), 7);

        assertThat(partner.recordYearlyVolume(volume(2026, "1700", Currency.EUR), 8)).isEmpty();
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(partner.yearlyVolumes()).containsExactly(volume(2026, "2000", Currency.CHF),
                volume(2026, "1700", Currency.EUR));
    }

    @Test
    void appliesAFirstEuroReportWhoseVersionIsLowerThanTheFrancOne() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.recordYearlyVolume(volume(2026, "1500", Currency.CHF), 9);

        assertThat(partner.recordYearlyVolume(volume(2026, "1800", Currency.EUR), 2))
                .contains(new ProgramStatusChanged(ProgramStatus.BELOW_THRESHOLD, ProgramStatus.ACTIVE,
                        volume(2026, "1800", Currency.EUR)));
    }

    @Test
    void aNewYearWithLowVolumesIsBelowThreshold() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.recordYearlyVolume(volume(2026, "2500", Currency.CHF), 12);
        partner.recordYearlyVolume(volume(2026, "1900", Currency.EUR), 6);

        assertThat(partner.recordYearlyVolume(volume(2027, "300", Currency.CHF), 1))
                .contains(new ProgramStatusChanged(ProgramStatus.ACTIVE, ProgramStatus.BELOW_THRESHOLD,
                        volume(2027, "300", Currency.CHF)));
        assertThat(partner.recordYearlyVolume(volume(2027, "200", Currency.EUR), 1)).isEmpty();
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
    }

    @Test
    void togglesDirectoryListingAndTenderOptInOnlyOnChange() {
        Partner partner = PartnerFixture.admitted("org-1");

        assertThat(partner.listInDirectory(true)).isPresent();
        assertThat(partner.listInDirectory(true)).isEmpty();
        assertThat(partner.listed()).isTrue();
        TenderOptIn optIn = new TenderOptIn(true, Set.of("hosting"), Set.of(Language.FR));
        assertThat(partner.changeTenderOptIn(optIn)).isPresent();
        assertThat(partner.changeTenderOptIn(optIn)).isEmpty();
        assertThat(partner.tenderOptIn().languages()).containsExactly(Language.FR);
    }

    @Test
    void collaboratorsManageOnlyTheCustomersTheyAreGranted() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.grantCollaborator(new CollaboratorRights("anna.muster@helvetic.example", false, Set.of("cust-1")));
        partner.grantCollaborator(new CollaboratorRights("u-3", true, Set.of()));

        assertThat(partner.collaboratorMayManage("anna.muster@helvetic.example", "cust-1")).isTrue();
        assertThat(partner.collaboratorMayManage("anna.muster@helvetic.example", "cust-2")).isFalse();
        assertThat(partner.collaboratorMayManage("u-3", "cust-2")).isTrue();
        assertThat(partner.withdrawCollaborator("u-3").withdrawn()).isTrue();
        assertThat(partner.collaboratorMayManage("u-3", "cust-2")).isFalse();
        assertThatThrownBy(() -> partner.withdrawCollaborator("u-3")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void collaboratorRightsNameCustomersOrAll() {
        assertThatThrownBy(() -> new CollaboratorRights("u", false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CollaboratorRights("u", true, Set.of("c")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static YearlyVolume volume(int year, String amount, Currency currency) {
        return new YearlyVolume(year, new BigDecimal(amount), currency);
    }
}
