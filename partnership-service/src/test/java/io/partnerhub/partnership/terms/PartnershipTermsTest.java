package io.partnerhub.partnership.terms;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerFixture;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.AccessLevel;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipFixture;
import io.partnerhub.partnership.partnership.PaymentMode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnershipTermsTest {

    private static final Instant STARTED = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void limitedTermsListProductsAndCategoriesSortedAndNoPaymentMode() {
        Partnership partnership = PartnershipFixture.live(Access.limited(Set.of("web-2", "web-1"), Set.of("mail")),
                STARTED);

        PartnershipTerms terms = PartnershipTerms.of(partnership);

        assertThat(terms).isEqualTo(new PartnershipTerms("p-1", "partner-org", "customer-org", AccessLevel.LIMITED,
                List.of("web-1", "web-2"), List.of("mail"), null, STARTED, 1));
    }

    @Test
    void fullTermsCarryThePaymentModeAndTheVersionFollowsEveryChange() {
        Partnership partnership = PartnershipFixture.live(Access.full(PaymentMode.CUSTOMER), STARTED);
        partnership.changePaymentMode(PaymentMode.PARTNER);

        PartnershipTerms terms = PartnershipTerms.of(partnership);

        assertThat(terms.accessLevel()).isEqualTo(AccessLevel.FULL);
        assertThat(terms.paymentMode()).isEqualTo(PaymentMode.PARTNER);
        assertThat(terms.productIds()).isEmpty();
        assertThat(terms.version()).isEqualTo(partnership.revision()).isEqualTo(2);
    }

    @Test
    void aQuestionNamesAtLeastOneParty() {
        assertThatThrownBy(() -> new TermsQuestion(null, " ", "u-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TermsQuestion("c-1", null, null).customerId()).isEqualTo("c-1");
        assertThat(new TermsQuestion(null, "p-1", "").userId()).isNull();
    }

    @Test
    void collaboratorRightsAreAskedOnlyWithThePairAndAUser() {
        assertThat(new TermsQuestion("c-1", "p-1", "u-1").asksAboutCollaborator()).isTrue();
        assertThat(new TermsQuestion("c-1", null, "u-1").asksAboutCollaborator()).isFalse();
        assertThat(new TermsQuestion("c-1", "p-1", null).asksAboutCollaborator()).isFalse();
    }

    @Test
    void aCollaboratorMayManageWhatItsCurrentRightsSay() {
        Partner partner = PartnerFixture.admitted("p-1");
        partner.grantCollaborator(new CollaboratorRights("bob", false, Set.of("c-1")));

        assertThat(CollaboratorTerms.of("bob", "c-1", partner).mayManage()).isTrue();
        assertThat(CollaboratorTerms.of("bob", "c-2", partner).mayManage()).isFalse();
        partner.withdrawCollaborator("bob");
        assertThat(CollaboratorTerms.of("bob", "c-1", partner)).isEqualTo(new CollaboratorTerms("bob", false));
        assertThat(CollaboratorTerms.of("bob", "c-1", null).mayManage()).isFalse();
    }
}
