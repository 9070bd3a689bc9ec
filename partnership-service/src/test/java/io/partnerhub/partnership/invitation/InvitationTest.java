package io.partnerhub.partnership.invitation;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.partnership.invitation.InvitationEvents.ExpiringSoon;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.PaymentMode;
import io.partnerhub.partnership.shared.RuleViolation;
import io.partnerhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.partnerhub.partnership.invitation.InvitationFixture.FULL_CUSTOMER_PAYS;
import static io.partnerhub.partnership.invitation.InvitationFixture.WEB_ONLY;
import static io.partnerhub.partnership.invitation.InvitationFixture.fromCustomer;
import static io.partnerhub.partnership.invitation.InvitationFixture.fromPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {

    private final MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");

    @Test
    void isPendingFor14DaysWithALinkWhoseHashAloneIsKept() {
        Invitation.Creation creation = fromPartner(WEB_ONLY, clock.instant());
        Invitation invitation = creation.invitation();

        assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
        assertThat(invitation.expiresAt()).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
        String token = creation.event().token().value();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(invitation.tokenHash()).isEqualTo(LinkSecret.hashOf(token)).isNotEqualTo(token);
        assertThat(invitation.opensWith(token)).isTrue();
        assertThat(invitation.opensWith(token + "x")).isFalse();
    }

    @Test
    void customerMayGrantOtherAccessThanThePartnerRequested() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        Access granted = Access.limited(Set.of("web-1", "mail-1"), Set.of());

        InvitationEvents.Accepted accepted = invitation.accept(granted, "p-1", clock.instant());

        assertThat(accepted.grantedAccess()).isEqualTo(granted);
        assertThat(invitation.state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(invitation.requestedAccess()).isEqualTo(WEB_ONLY);
        assertThat(invitation.grantedAccess()).isEqualTo(granted);
        assertThat(invitation.partnershipId()).isEqualTo("p-1");
    }

    @Test
    void acceptingWithoutChoosingGrantsWhatWasRequested() {
        Invitation invitation = fromCustomer(FULL_CUSTOMER_PAYS, clock.instant()).invitation();
        assertThat(invitation.accept(null, "p-1", clock.instant()).grantedAccess()).isEqualTo(FULL_CUSTOMER_PAYS);
    }

    @Test
    void partnerCannotChangeTheAccessTheCustomerChose() {
        Invitation invitation = fromCustomer(FULL_CUSTOMER_PAYS, clock.instant()).invitation();
        assertThatThrownBy(() -> invitation.accept(Access.full(PaymentMode.PARTNER), "p", clock.instant()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void answersOnlyOnce() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        invitation.decline(clock.instant());

        assertThatThrownBy(() -> invitation.accept(null, "p", clock.instant()))
                .isInstanceOfSatisfying(InvitationClosed.class,
                        e -> assertThat(e.state()).isEqualTo(InvitationState.DECLINED));
        assertThatThrownBy(() -> invitation.cancel("partner-org", clock.instant())).isInstanceOf(InvitationClosed.class);
    }

    @Test
    void senderCancelsWhilePending() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        assertThatThrownBy(() -> invitation.cancel("customer-org", clock.instant()))
                .isInstanceOf(RuleViolation.class);

        invitation.cancel("partner-org", clock.instant());

        assertThat(invitation.state()).isEqualTo(InvitationState.CANCELLED);
        assertThat(invitation.nextReminderAt()).isNull();
    }

    @Test
    void resendKillsTheOldLinkAndRenewsTheDeadline() {
        Invitation.Creation creation = fromPartner(WEB_ONLY, clock.instant());
        Invitation invitation = creation.invitation();
        clock.advance(Duration.ofDays(5));

        InvitationEvents.Resent resent = invitation.resend("partner-org", clock.instant(), InvitationPolicy.standard());

        assertThat(invitation.opensWith(creation.event().token().value())).isFalse();
        assertThat(invitation.opensWith(resent.token().value())).isTrue();
        assertThat(invitation.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
    }

    @Test
    void expiresOnlyOnceTheDeadlineHasPassed() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertThat(invitation.expire(clock.instant())).isEmpty();

        clock.advance(Duration.ofSeconds(1));

        assertThat(invitation.expire(clock.instant())).isPresent();
        assertThat(invitation.state()).isEqualTo(InvitationState.EXPIRED);
        assertThat(invitation.expire(clock.instant())).isEmpty();
    }

    @Test
    void isExpiredAsOfItsDeadlineEvenBeforeTheSweeperMarksIt() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();

        assertThat(invitation.stateAt(invitation.expiresAt().minusMillis(1))).isEqualTo(InvitationState.PENDING);
        assertThat(invitation.stateAt(invitation.expiresAt())).isEqualTo(InvitationState.EXPIRED);
        assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
        invitation.decline(clock.instant());
        assertThat(invitation.stateAt(invitation.expiresAt())).isEqualTo(InvitationState.DECLINED);
    }

    /** The sweeper's queries select by SweepDue; the invitation expires and reminds by the same condition. */
    @Test
    void expiresAndRemindsExactlyWhenSweepDueMatchesItsStoredTimes() {
        Instant sent = clock.instant();
        for (Duration later : new Duration[] {Duration.ZERO, Duration.ofDays(11).minusMillis(1), Duration.ofDays(11),
                Duration.ofDays(13), Duration.ofDays(14).minusMillis(1), Duration.ofDays(14), Duration.ofDays(20)}) {
            Instant now = sent.plus(later);
            SweepDue due = SweepDue.at(now);
            Invitation toExpire = fromPartner(WEB_ONLY, sent).invitation();
            Invitation toRemind = fromPartner(WEB_ONLY, sent).invitation();
            boolean dueForExpiry = due.matches(toExpire.state(), toExpire.expiresAt());
            boolean dueForReminder = due.matches(toRemind.state(), toRemind.nextReminderAt()) && !dueForExpiry;

            assertThat(toExpire.expire(now).isPresent()).as("expires after " + later).isEqualTo(dueForExpiry);
            assertThat(toRemind.remindIfDue(now).isPresent()).as("reminds after " + later).isEqualTo(dueForReminder);
        }
        Invitation declined = fromPartner(WEB_ONLY, sent).invitation();
        declined.decline(sent);
        Instant late = sent.plus(Duration.ofDays(20));
        assertThat(SweepDue.at(late).matches(declined.state(), declined.expiresAt())).isFalse();
        assertThat(declined.expire(late)).isEmpty();
    }

    @Test
    void cannotBeAnsweredAfterTheDeadlineEvenBeforeTheSweeperRuns() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> invitation.accept(null, "p", clock.instant()))
                .isInstanceOfSatisfying(InvitationClosed.class,
                        e -> assertThat(e.state()).isEqualTo(InvitationState.EXPIRED));
    }

    @Test
    void remindsThreeDaysAndOneDayBefore() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        assertThat(invitation.nextReminderAt()).isEqualTo(invitation.expiresAt().minus(Duration.ofDays(3)));
        clock.advance(Duration.ofDays(10));
        assertThat(invitation.remindIfDue(clock.instant())).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(invitation.remindIfDue(clock.instant())).map(ExpiringSoon::daysLeft).contains(3);
        assertThat(invitation.remindIfDue(clock.instant())).isEmpty();

        clock.advance(Duration.ofDays(2).plusMinutes(5));
        assertThat(invitation.remindIfDue(clock.instant())).map(ExpiringSoon::daysLeft).contains(1);
        assertThat(invitation.nextReminderAt()).isNull();
    }

    @Test
    void missedRemindersFoldIntoOne() {
        Invitation invitation = fromPartner(WEB_ONLY, clock.instant()).invitation();
        clock.advance(Duration.ofDays(13).plusHours(12));

        assertThat(invitation.remindIfDue(clock.instant())).map(ExpiringSoon::daysLeft).contains(1);
        assertThat(invitation.remindIfDue(clock.instant())).isEmpty();
    }

    @Test
    void anOrganizationCannotInviteItself() {
        assertThatThrownBy(() -> Invitation.send("i", InvitationDirection.PARTNER_TO_CUSTOMER,
                InvitationFixture.PARTNER, new io.partnerhub.partnership.shared.Party("partner-org", "x",
                        InvitationFixture.CUSTOMER.contact()), WEB_ONLY, "u", clock.instant(),
                InvitationPolicy.standard())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linkTokensAreUnique() {
        assertThat(LinkSecret.generate()).isNotEqualTo(LinkSecret.generate());
        assertThat(LinkSecret.generate().toString()).doesNotContain(LinkSecret.generate().value());
    }
}
