package io.partnerhub.billing.partnership.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.PaymentMode;
import io.partnerhub.billing.collaborator.OrderingPermission;
import io.partnerhub.billing.pricing.ProductCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading partnership-service's answer into billing's domain types (no Spring, no HTTP). */
class OwnerTermsTest {

    /** The client's mapper has no JSR-310 module for sure: a plain Jackson 2 mapper must read the contract. */
    private static final ObjectMapper PLAIN_JACKSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final String CONTRACT_EXAMPLE = """
            {"partnerships":[{"partnershipId":"ps-1","partnerId":"p-1","customerId":"c-1","accessLevel":"FULL",
                              "productIds":[],"productCategories":[],"paymentMode":"PARTNER",
                              "startedAt":"2026-12-02T10:00:00Z","version":7,"somethingNew":true}],
             "collaborator":{"userId":"u-1","mayManage":true}}
            """;

    @Test
    void readsTheContractExampleWithAPlainMapperAndInstantsAsText() throws Exception {
        OwnerAnswer answer = PLAIN_JACKSON.readValue(CONTRACT_EXAMPLE, OwnerAnswer.class);

        OwnerTerms.Live live = OwnerTerms.between(answer, "p-1", "c-1").orElseThrow();
        assertThat(live.version()).isEqualTo(7);
        PartnershipTerms terms = live.terms();
        assertThat(terms.partnershipId()).isEqualTo("ps-1");
        assertThat(terms.access()).isEqualTo(AccessLevel.FULL);
        assertThat(terms.paymentMode()).isEqualTo(PaymentMode.PARTNER);
        assertThat(terms.partnerPays()).isTrue();
        assertThat(terms.live()).as("the owner answers only live partnerships").isTrue();
        assertThat(terms.startedAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(OwnerTerms.standing(answer, "p-1", "c-1", "u-1").rights().orElseThrow().mayManage("c-1")).isTrue();
    }

    @Test
    void limitedAccessKeepsItsProductsAndHasNoPaymentMode() {
        OwnerAnswer answer = new OwnerAnswer(List.of(new OwnerAnswer.Partnership("ps-2", "p-1", "c-1", "LIMITED",
                List.of("domain-ch"), List.of("MAIL_HOSTING"), null, null, 3L)), null);

        PartnershipTerms terms = OwnerTerms.ofCustomer(answer, "c-1").get(0).terms();

        assertThat(terms.access()).isEqualTo(AccessLevel.LIMITED);
        assertThat(terms.paymentMode()).isNull();
        assertThat(terms.covers("mail-hosting", ProductCategory.MAIL_HOSTING)).isTrue();
        assertThat(terms.covers("domain-ch", ProductCategory.DOMAIN)).isTrue();
        assertThat(terms.covers("web-hosting", ProductCategory.WEB_HOSTING)).isFalse();
        assertThat(terms.startedAt()).isNull();
    }

    @Test
    void fullAccessWithoutPaymentModeIsTheCustomersMeans() {
        OwnerAnswer answer = new OwnerAnswer(List.of(partnership("ps-3", "p-1", "c-1", "FULL", null)), null);

        assertThat(OwnerTerms.ofCustomer(answer, "c-1").get(0).terms().paymentMode()).isEqualTo(PaymentMode.CUSTOMER);
    }

    @Test
    void onlyPartnershipsMatchingTheQuestionAreTaken() {
        OwnerAnswer answer = new OwnerAnswer(List.of(partnership("ps-1", "p-1", "c-1", "FULL", "CUSTOMER"),
                partnership("ps-2", "p-2", "c-1", "LIMITED", null),
                partnership("ps-3", "p-1", "c-2", "FULL", "PARTNER")), null);

        assertThat(OwnerTerms.ofCustomer(answer, "c-1")).extracting(live -> live.terms().partnershipId())
                .containsExactly("ps-1", "ps-2");
        assertThat(OwnerTerms.ofPartner(answer, "p-1")).extracting(live -> live.terms().partnershipId())
                .containsExactly("ps-1", "ps-3");
        assertThat(OwnerTerms.between(answer, "p-2", "c-2")).isEmpty();
        assertThat(OwnerTerms.between(answer, "p-2", "c-1")).map(live -> live.terms().partnershipId()).contains("ps-2");
    }

    @Test
    void noPartnershipsIsNone() {
        assertThat(OwnerTerms.ofCustomer(new OwnerAnswer(null, null), "c-1")).isEmpty();
        assertThat(OwnerTerms.ofCustomer(new OwnerAnswer(List.of(), null), "c-1")).isEmpty();
        OwnerTerms.PartnerStanding standing = OwnerTerms.standing(new OwnerAnswer(List.of(),
                new OwnerAnswer.Collaborator("u-1", true)), "p-1", "c-1", "u-1");
        assertThat(standing.live()).isEmpty();
        assertThat(standing.version()).isZero();
    }

    @Test
    void aVersionlessPartnershipIsReadWithVersionZero() {
        OwnerAnswer answer = new OwnerAnswer(List.of(new OwnerAnswer.Partnership("ps-1", "p-1", "c-1", "FULL",
                null, null, "CUSTOMER", null, null)), null);

        assertThat(OwnerTerms.ofCustomer(answer, "c-1").get(0).version()).isZero();
    }

    @Test
    void anAnswerBillingCannotReadIsUnreadableNotAGuess() {
        assertThatThrownBy(() -> OwnerTerms.ofCustomer(null, "c-1")).isInstanceOf(OwnerTerms.Unreadable.class);
        assertThatThrownBy(() -> OwnerTerms.ofCustomer(answerOf(partnership("ps-1", "p-1", "c-1", "PARTIAL", null)),
                "c-1")).isInstanceOf(OwnerTerms.Unreadable.class).hasMessageContaining("ps-1");
        assertThatThrownBy(() -> OwnerTerms.ofCustomer(answerOf(partnership("ps-1", "p-1", "c-1", null, null)),
                "c-1")).isInstanceOf(OwnerTerms.Unreadable.class).hasMessageContaining("accessLevel");
        assertThatThrownBy(() -> OwnerTerms.ofCustomer(answerOf(partnership("ps-1", "p-1", "c-1", "FULL", "BOTH")),
                "c-1")).isInstanceOf(OwnerTerms.Unreadable.class);
        assertThatThrownBy(() -> OwnerTerms.ofCustomer(answerOf(partnership(null, "p-1", "c-1", "FULL", null)),
                "c-1")).isInstanceOf(OwnerTerms.Unreadable.class);
        assertThatThrownBy(() -> OwnerTerms.ofCustomer(answerOf(new OwnerAnswer.Partnership("ps-1", "p-1", "c-1",
                "FULL", null, null, null, "yesterday", 1L)), "c-1")).isInstanceOf(OwnerTerms.Unreadable.class);
    }

    @Test
    void theOwnersYesOrNoForTheCollaboratorDecidesWhoMayOrder() {
        OwnerAnswer yes = new OwnerAnswer(List.of(partnership("ps-1", "p-1", "c-1", "FULL", "CUSTOMER")),
                new OwnerAnswer.Collaborator("bob", true));
        OwnerAnswer no = new OwnerAnswer(yes.partnerships(), new OwnerAnswer.Collaborator("bob", false));
        OwnerAnswer silent = new OwnerAnswer(yes.partnerships(), null);
        OwnerAnswer someoneElse = new OwnerAnswer(yes.partnerships(), new OwnerAnswer.Collaborator("carol", true));
        Set<String> collaborator = Set.of("COLLABORATOR");

        assertThat(permission(yes, collaborator).granted()).isTrue();
        assertThat(permission(no, collaborator).granted()).isFalse();
        assertThat(permission(silent, collaborator).granted()).as("not said counts as none").isFalse();
        assertThat(permission(someoneElse, collaborator).granted()).as("another user's answer").isFalse();
        assertThat(permission(no, Set.of("LEGAL_REPRESENTATIVE")).granted())
                .as("the partner's legal representative needs no assignment").isTrue();
        assertThat(permission(yes, Set.of()).granted()).as("the role is still needed").isFalse();
        OwnerTerms.PartnerStanding standing = OwnerTerms.standing(yes, "p-1", "c-1", "bob");
        assertThat(standing.rights().orElseThrow().mayManage("c-2")).as("held for the asked customer only").isFalse();
        assertThat(standing.version()).isEqualTo(1);
    }

    private static OrderingPermission permission(OwnerAnswer answer, Set<String> roles) {
        OwnerTerms.PartnerStanding standing = OwnerTerms.standing(answer, "p-1", "c-1", "bob");
        return OrderingPermission.ofPartnerUser("p-1", roles, standing.rights(), "c-1");
    }

    private static OwnerAnswer answerOf(OwnerAnswer.Partnership partnership) {
        return new OwnerAnswer(List.of(partnership), null);
    }

    private static OwnerAnswer.Partnership partnership(String id, String partner, String customer, String access,
                                                       String mode) {
        return new OwnerAnswer.Partnership(id, partner, customer, access, List.of(), List.of(), mode,
                "2026-01-01T00:00:00Z", 1L);
    }
}
