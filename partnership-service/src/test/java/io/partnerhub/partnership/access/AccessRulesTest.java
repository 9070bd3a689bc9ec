package io.partnerhub.partnership.access;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerFixture;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipFixture;
import io.partnerhub.partnership.shared.Side;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final Partnership webOnly = PartnershipFixture.live(Access.limited(Set.of("web-1"), Set.of("mail")), NOW);
    private final Partner partner = PartnerFixture.admitted("partner-org");

    private static AccessQuestion ask(String user, Set<String> roles, String product, String category) {
        return new AccessQuestion(user, "partner-org", roles, "customer-org", product, category);
    }

    @Test
    void legalRepresentativesActAsPartnerWithinTheGrant() {
        AccessDecision decision = AccessRules.decide(ask("anna", Set.of("LEGAL_REPRESENTATIVE"), "web-1", null),
                webOnly, partner);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.actingAs()).isEqualTo(AccessDecision.ActingAs.PARTNER);
        assertThat(AccessRules.decide(ask("anna", Set.of("ADMIN"), "mail-7", "mail"), webOnly, partner).allowed())
                .isTrue();
        assertThat(AccessRules.decide(ask("anna", Set.of("ADMIN"), "web-2", "hosting"), webOnly, partner).reason())
                .contains("outside the access");
    }

    @Test
    void collaboratorsOnlyForAssignedCustomers() {
        assertThat(AccessRules.decide(ask("bob", Set.of("COLLABORATOR"), "web-1", null), webOnly, partner).allowed())
                .isFalse();
        partner.grantCollaborator(new CollaboratorRights("bob", false, Set.of("customer-org")));
        AccessDecision decision = AccessRules.decide(ask("bob", Set.of("COLLABORATOR"), "web-1", null), webOnly, partner);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.actingAs()).isEqualTo(AccessDecision.ActingAs.PARTNER_COLLABORATOR);
    }

    @Test
    void nothingWithoutALivePartnership() {
        assertThat(AccessRules.decide(ask("anna", Set.of("ADMIN"), "web-1", null), null, partner).allowed()).isFalse();
        String confirmation = webOnly.requestTermination(Side.PARTNER, "anna", null, NOW).termination().confirmationId();
        webOnly.confirmTermination(confirmation, "anna", NOW);
        assertThat(AccessRules.decide(ask("anna", Set.of("ADMIN"), "web-1", null), webOnly, partner).allowed()).isFalse();
    }

    @Test
    void theCustomersOwnUsersAreNotThePartnershipsBusiness() {
        AccessQuestion own = new AccessQuestion("jean", "customer-org", Set.of(), "customer-org", "web-9", null);
        assertThat(AccessRules.decide(own, null, null).actingAs())
                .isEqualTo(AccessDecision.ActingAs.CUSTOMER_ORGANIZATION);
    }
}
