package io.partnerhub.billing.benefit;

import io.partnerhub.billing.pricing.ProductCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.partnerhub.billing.benefit.PartnershipTermsFixture.ended;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.full;
import static io.partnerhub.billing.benefit.PartnershipTermsFixture.limitedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole R19/R20 matrix: access × payment mode × orderer (× product managed, for limited access). */
class BenefitPolicyTest {

    private final BenefitPolicy policy = new BenefitPolicy();

    @ParameterizedTest(name = "full access, {0} means, {1} orders → {2} ({3}), paid by {4}")
    @CsvSource({
            "CUSTOMER, CUSTOMER, CASHBACK, R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS, CUSTOMER",
            "CUSTOMER, PARTNER,  CASHBACK, R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS,  CUSTOMER",
            "PARTNER,  CUSTOMER, CASHBACK, R19_FULL_PARTNER_MEANS_CUSTOMER_ORDERS,  CUSTOMER",
            "PARTNER,  PARTNER,  DISCOUNT, R20_FULL_PARTNER_MEANS_PARTNER_ORDERS,   PARTNER"})
    void fullAccess(PaymentMode mode, Orderer orderer, Benefit benefit, BenefitReason reason, Payer payer) {
        BenefitReason decided = policy.decide(full(mode), orderer, "web-hosting", ProductCategory.WEB_HOSTING);

        assertThat(decided).isEqualTo(reason);
        assertThat(decided.benefit()).isEqualTo(benefit);
        assertThat(decided.payer()).isEqualTo(payer);
        assertThat(decided.managedByPartner()).isTrue();
    }

    @ParameterizedTest(name = "limited to web hosting, {0} orders {1} → {2} ({3})")
    @CsvSource({
            "CUSTOMER, WEB_HOSTING,  CASHBACK, R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT",
            "CUSTOMER, MAIL_HOSTING, NONE,     NONE_LIMITED_PRODUCT_NOT_MANAGED",
            "PARTNER,  WEB_HOSTING,  NONE,     NONE_LIMITED_PARTNER_ORDERS"})
    void limitedAccess(Orderer orderer, ProductCategory category, Benefit benefit, BenefitReason reason) {
        BenefitReason decided = policy.decide(limitedTo("web-hosting"), orderer, "any", category);

        assertThat(decided).isEqualTo(reason);
        assertThat(decided.benefit()).isEqualTo(benefit);
        assertThat(decided.payer()).isEqualTo(Payer.CUSTOMER);
    }

    @Test
    void limitedAccessByProductId() {
        PartnershipTerms terms = new PartnershipTerms("ps", "p", "c", AccessLevel.LIMITED,
                java.util.Set.of("swiss-backup"), java.util.Set.of(), null, true, null);

        assertThat(policy.decide(terms, Orderer.CUSTOMER, "swiss-backup", ProductCategory.BACKUP))
                .isEqualTo(BenefitReason.R19_LIMITED_CUSTOMER_ORDERS_MANAGED_PRODUCT);
    }

    @Test
    void partnerCannotOrderAProductItsLimitedAccessLacks() {
        assertThatThrownBy(() -> policy.decide(limitedTo("WEB_HOSTING"), Orderer.PARTNER, "x", ProductCategory.BACKUP))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noPartnershipOrAnEndedOneEarnsNothing() {
        assertThat(policy.decide(null, Orderer.CUSTOMER, "x", ProductCategory.DOMAIN))
                .isEqualTo(BenefitReason.NONE_NO_LIVE_PARTNERSHIP);
        assertThat(policy.decide(ended(full(PaymentMode.CUSTOMER)), Orderer.CUSTOMER, "x", ProductCategory.DOMAIN))
                .isEqualTo(BenefitReason.NONE_NO_LIVE_PARTNERSHIP);
    }

    @Test
    void everyReasonGivesAtMostOneBenefitAndOnlyDiscountMakesThePartnerPay() {
        for (BenefitReason reason : BenefitReason.values()) {
            assertThat(reason.payer() == Payer.PARTNER).isEqualTo(reason.benefit() == Benefit.DISCOUNT);
        }
    }
}
