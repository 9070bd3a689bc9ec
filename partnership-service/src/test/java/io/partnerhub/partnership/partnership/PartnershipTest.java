package io.partnerhub.partnership.partnership;

import io.partnerhub.testing.MovableClock;
import io.partnerhub.partnership.partnership.PartnershipEvents.AccessChanged;
import io.partnerhub.partnership.partnership.PartnershipEvents.PaymentModeChanged;
import io.partnerhub.partnership.partnership.PartnershipEvents.Terminated;
import io.partnerhub.partnership.shared.RuleViolation;
import io.partnerhub.partnership.shared.Side;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.partnerhub.partnership.partnership.PartnershipFixture.WEB_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnershipTest {

    private final MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");

    @Test
    void customerSwitchesLimitedToFullAndBack() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());

        assertThat(partnership.changeAccess(Access.full(PaymentMode.PARTNER)))
                .containsExactly(new AccessChanged(WEB_ONLY, Access.full(PaymentMode.PARTNER)));
        assertThat(partnership.changeAccess(WEB_ONLY)).hasSize(1);
        assertThat(partnership.access()).isEqualTo(WEB_ONLY);
        assertThat(partnership.changeAccess(WEB_ONLY)).isEmpty();
        assertThat(partnership.revision()).isEqualTo(3);
    }

    @Test
    void paymentModeChangesOnlyUnderFullAccess() {
        Partnership limited = PartnershipFixture.live(WEB_ONLY, clock.instant());
        assertThatThrownBy(() -> limited.changePaymentMode(PaymentMode.PARTNER)).isInstanceOf(RuleViolation.class);

        Partnership full = PartnershipFixture.live(Access.full(PaymentMode.CUSTOMER), clock.instant());
        assertThat(full.changePaymentMode(PaymentMode.PARTNER))
                .containsExactly(new PaymentModeChanged(PaymentMode.CUSTOMER, PaymentMode.PARTNER));
        assertThat(full.access().paymentMode()).isEqualTo(PaymentMode.PARTNER);
        assertThat(full.changePaymentMode(PaymentMode.PARTNER)).isEmpty();
    }

    @Test
    void changingFullAccessPaymentModeThroughAccessAlsoReportsThePaymentMode() {
        Partnership full = PartnershipFixture.live(Access.full(PaymentMode.CUSTOMER), clock.instant());
        assertThat(full.changeAccess(Access.full(PaymentMode.PARTNER)))
                .hasSize(2).last().isInstanceOf(PaymentModeChanged.class);
    }

    @Test
    void partnerAsksForMoreAndCustomerApproves() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        Access mail = Access.limited(Set.of(), Set.of("mail"));

        partnership.requestAccessIncrease(mail, "partner-user", clock.instant());
        assertThat(partnership.pendingIncrease().requested()).isEqualTo(mail);

        assertThat(partnership.approveAccessIncrease(null)).hasSize(1);
        assertThat(partnership.access()).isEqualTo(Access.limited(Set.of("web-1"), Set.of("mail")));
        assertThat(partnership.pendingIncrease()).isNull();
    }

    @Test
    void approvingFullAccessTakesTheCustomersPaymentMode() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        partnership.requestAccessIncrease(Access.full(PaymentMode.PARTNER), "partner-user", clock.instant());

        partnership.approveAccessIncrease(PaymentMode.CUSTOMER);

        assertThat(partnership.access()).isEqualTo(Access.full(PaymentMode.CUSTOMER));
    }

    @Test
    void customerDeclinesAnIncrease() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        partnership.requestAccessIncrease(Access.full(PaymentMode.CUSTOMER), "partner-user", clock.instant());

        partnership.declineAccessIncrease();

        assertThat(partnership.access()).isEqualTo(WEB_ONLY);
        assertThatThrownBy(partnership::declineAccessIncrease).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anIncreaseMustAskForSomethingNew() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        assertThatThrownBy(() -> partnership.requestAccessIncrease(WEB_ONLY, "u", clock.instant()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void endingTakesARequestAndItsConfirmationBySameUser() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        String confirmationId = partnership.requestTermination(Side.CUSTOMER, "customer-user", "moving on",
                clock.instant()).termination().confirmationId();
        assertThat(partnership.isLive()).isTrue();

        assertThatThrownBy(() -> partnership.confirmTermination("other-id", "customer-user", clock.instant()))
                .isInstanceOf(TerminationNotConfirmable.class);
        assertThatThrownBy(() -> partnership.confirmTermination(confirmationId, "someone-else", clock.instant()))
                .isInstanceOf(TerminationNotConfirmable.class);

        Terminated terminated = partnership.confirmTermination(confirmationId, "customer-user", clock.instant());

        assertThat(terminated).isEqualTo(new Terminated(Side.CUSTOMER, "customer-user", "moving on"));
        assertThat(partnership.state()).isEqualTo(PartnershipState.ENDED);
        assertThat(partnership.endedBy()).isEqualTo(Side.CUSTOMER);
        assertThatThrownBy(() -> partnership.changeAccess(Access.full(PaymentMode.CUSTOMER)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aTerminationRequestLapses() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        String confirmationId = partnership.requestTermination(Side.PARTNER, "partner-user", null, clock.instant())
                .termination().confirmationId();
        clock.advance(Partnership.CONFIRMATION_WINDOW);

        assertThatThrownBy(() -> partnership.confirmTermination(confirmationId, "partner-user", clock.instant()))
                .isInstanceOf(TerminationNotConfirmable.class);
        assertThat(partnership.isLive()).isTrue();
    }

    @Test
    void knowsTheSideOfAnOrganization() {
        Partnership partnership = PartnershipFixture.live(WEB_ONLY, clock.instant());
        assertThat(partnership.sideOf("partner-org")).isEqualTo(Side.PARTNER);
        assertThat(partnership.sideOf("customer-org")).isEqualTo(Side.CUSTOMER);
        assertThat(partnership.sideOf("stranger")).isNull();
        clock.advance(Duration.ofMinutes(1));
    }
}
