package io.partnerhub.billing.collaborator;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerMoneyTest {

    @Test
    void legalRepresentativesAndAdminsReadThePartnersMoney() {
        assertThat(PartnerMoney.readableBy(Set.of("LEGAL_REPRESENTATIVE"))).isTrue();
        assertThat(PartnerMoney.readableBy(Set.of("ADMIN", "COLLABORATOR"))).isTrue();
    }

    @Test
    void aCollaboratorOrAUserWithoutRolesDoesNot() {
        assertThat(PartnerMoney.readableBy(Set.of("COLLABORATOR"))).isFalse();
        assertThat(PartnerMoney.readableBy(Set.of())).isFalse();
    }
}
