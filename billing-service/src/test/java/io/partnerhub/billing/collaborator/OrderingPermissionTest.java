package io.partnerhub.billing.collaborator;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** R5: who of a partner's (or customer's) users may order for a customer. No Spring. */
class OrderingPermissionTest {

    static final Set<String> COLLABORATOR = Set.of("COLLABORATOR");

    @Test
    void partnersLegalRepresentativesAndAdminsOrderForAnyOfItsCustomers() {
        assertThat(OrderingPermission.ofPartnerUser("p1", Set.of("LEGAL_REPRESENTATIVE"), Optional.empty(), "c1")
                .granted()).isTrue();
        assertThat(OrderingPermission.ofPartnerUser("p1", Set.of("ADMIN"), Optional.empty(), "c1").granted()).isTrue();
    }

    @Test
    void collaboratorOrdersOnlyForTheCustomersThePartnerAssigned() {
        Optional<CollaboratorRights> rights = Optional.of(assigned("p1", "bob", "c1", "c2"));

        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, rights, "c1").granted()).isTrue();
        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, rights, "c2").granted()).isTrue();
        OrderingPermission other = OrderingPermission.ofPartnerUser("p1", COLLABORATOR, rights, "c3");
        assertThat(other.granted()).isFalse();
        assertThat(other.reason()).contains("c3");
    }

    @Test
    void collaboratorWithAllCustomersOrdersForEveryCustomer() {
        Optional<CollaboratorRights> rights = Optional.of(new CollaboratorRights("p1", "bob", true, Set.of(), false));

        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, rights, "any-customer").granted()).isTrue();
    }

    @Test
    void withdrawnRightsGrantNothing() {
        Optional<CollaboratorRights> withdrawn = Optional.of(new CollaboratorRights("p1", "bob", true, Set.of(), true));
        Optional<CollaboratorRights> withdrawnList = Optional.of(
                new CollaboratorRights("p1", "bob", false, Set.of("c1"), true));

        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, withdrawn, "c1").granted()).isFalse();
        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, withdrawnList, "c1").granted()).isFalse();
    }

    @Test
    void collaboratorWithoutKnownRightsIsRefused() {
        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, Optional.empty(), "c1").granted()).isFalse();
    }

    @Test
    void rightsGrantedByAnotherPartnerDoNotCount() {
        Optional<CollaboratorRights> elsewhere = Optional.of(assigned("p2", "bob", "c1"));

        assertThat(OrderingPermission.ofPartnerUser("p1", COLLABORATOR, elsewhere, "c1").granted()).isFalse();
    }

    @Test
    void rightsNeedTheCollaboratorRole() {
        Optional<CollaboratorRights> rights = Optional.of(assigned("p1", "bob", "c1"));

        assertThat(OrderingPermission.ofPartnerUser("p1", Set.of(), rights, "c1").granted()).isFalse();
        assertThat(OrderingPermission.ofPartnerUser("p1", Set.of("OPS"), rights, "c1").granted()).isFalse();
    }

    @Test
    void customerSideStaysLegalRepresentativesAndAdminsOnly() {
        assertThat(OrderingPermission.ofCustomerUser(Set.of("LEGAL_REPRESENTATIVE")).granted()).isTrue();
        assertThat(OrderingPermission.ofCustomerUser(Set.of("ADMIN")).granted()).isTrue();
        assertThat(OrderingPermission.ofCustomerUser(COLLABORATOR).granted()).isFalse();
        assertThat(OrderingPermission.ofCustomerUser(Set.of()).granted()).isFalse();
    }

    private static CollaboratorRights assigned(String partnerId, String userId, String... customers) {
        return new CollaboratorRights(partnerId, userId, false, Set.of(customers), false);
    }
}
