package io.partnerhub.partnership.partner.persistence;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.Currency;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerFixture;
import io.partnerhub.partnership.partner.TenderOptIn;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.shared.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerFieldsTest {

    @Test
    void aNewPartnerComesBackAsItWasStored() {
        Partner partner = PartnerFixture.admitted("org-1");

        assertThat(PartnerFields.from(partner).toPartner().snapshot()).isEqualTo(partner.snapshot());
    }

    @Test
    void aPartnerWithVolumesOptInAndCollaboratorsComesBackAsItWasStored() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.recordYearlyVolume(new YearlyVolume(2026, new BigDecimal("2100.50"), Currency.CHF), 4);
        partner.recordYearlyVolume(new YearlyVolume(2026, new BigDecimal("1700"), Currency.EUR), 2);
        partner.listInDirectory(true);
        partner.changeTenderOptIn(new TenderOptIn(true, Set.of("mail", "web"), Set.of(Language.FR, Language.DE)));
        partner.grantCollaborator(new CollaboratorRights("bob.x", false, Set.of("c-1", "c-2")));
        partner.grantCollaborator(new CollaboratorRights("eve", true, Set.of()));

        assertThat(PartnerFields.from(partner).toPartner().snapshot()).isEqualTo(partner.snapshot());
    }
}
