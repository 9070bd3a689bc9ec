package io.partnerhub.notification.delivery.client;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnerhub.kit.client.ServiceUnavailableException;
import io.partnerhub.kit.tracing.StoredTraces;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.delivery.InvitationOwner;
import io.partnerhub.notification.delivery.SendHold;
import io.partnerhub.notification.delivery.TenderOwner;
import io.partnerhub.notification.delivery.Verdict;
import io.partnerhub.notification.delivery.Verdicts;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.notification.message.Precondition.InvitationLinkLive;
import io.partnerhub.notification.message.Precondition.TenderOpen;
import io.partnerhub.notification.message.Precondition;
import io.partnerhub.notification.message.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The owners are asked once per chunk and owner; what they say becomes a verdict per email. */
class ValidityChecksTest {

    private static final EmailContent CONTENT = new EmailContent("Subject", "<p>Hi</p>", "Hi");

    private final List<List<String>> tenderRequests = new ArrayList<>();
    private final List<List<InvitationLinkLive>> linkRequests = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SendHold hold = new SendHold(Duration.ofSeconds(45), Duration.ofSeconds(25));
    private final List<String> released = new ArrayList<>();
    private boolean releaseFails;

    @Test
    void aChunkOfFiftyExcerptsOfTwoTendersIsOneRequestAndTheClosedTendersExcerptsAreWithdrawn() {
        List<Delivery> chunk = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> chunk.add(delivery(new TenderOpen("t-open"))));
        IntStream.range(0, 10).forEach(i -> chunk.add(delivery(new TenderOpen("t-cancelled"))));
        chunk.add(delivery(null));
        ValidityChecks checks = checks(ids -> Set.of("t-open"), links -> Set.of());

        Verdicts verdicts = checks.check(chunk, hold);

        assertThat(tenderRequests).containsExactly(List.of("t-open", "t-cancelled"));
        assertThat(linkRequests).isEmpty();
        assertThat(verdicts.of(new TenderOpen("t-open"))).isEqualTo(Verdict.CLEARED);
        assertThat(verdicts.of(new TenderOpen("t-cancelled")))
                .isEqualTo(Verdict.withdrawn("tender cancelled or expired before the excerpt was sent"));
        assertThat(verdicts.of(null)).as("needs no check").isEqualTo(Verdict.CLEARED);
    }

    @Test
    void aDeadOrReplacedLinkIsWithdrawnAndALiveOneCleared() {
        InvitationLinkLive live = new InvitationLinkLive("inv-live", "h1");
        InvitationLinkLive cancelled = new InvitationLinkLive("inv-cancelled", "h2");
        ValidityChecks checks = checks(ids -> Set.of(), links -> Set.of("inv-live"));

        Verdicts verdicts = checks.check(List.of(delivery(live), delivery(cancelled)), hold);

        assertThat(linkRequests).containsExactly(List.of(live, cancelled));
        assertThat(verdicts.of(live)).isEqualTo(Verdict.CLEARED);
        assertThat(verdicts.of(cancelled).kind()).isEqualTo(Verdict.Kind.WITHDRAWN);
        assertThat(verdicts.of(cancelled).reason()).startsWith("invitation link no longer live");
    }

    @Test
    void anOwnerThatDoesNotAnswerLeavesItsEmailsUnknownAndTheOtherOwnersAreDecided() {
        InvitationLinkLive link = new InvitationLinkLive("inv-1", "h1");
        ValidityChecks checks = checks(ids -> {
            throw new ServiceUnavailableException("tender-service cannot be reached: connection refused");
        }, links -> Set.of("inv-1"));

        Verdicts verdicts = checks.check(List.of(delivery(new TenderOpen("t-1")), delivery(link), delivery(null)),
                hold);

        assertThat(verdicts.of(new TenderOpen("t-1")))
                .isEqualTo(Verdict.unknown("tender-service cannot be reached: connection refused"));
        assertThat(verdicts.of(link)).isEqualTo(Verdict.CLEARED);
        assertThat(verdicts.of(null)).isEqualTo(Verdict.CLEARED);
        assertThat(meters.get("partnerhub.notifications.validity.checks").tag("owner", "tenders")
                .tag("outcome", "unavailable").counter().count()).isEqualTo(1);
        assertThat(meters.get("partnerhub.notifications.validity.checks").tag("owner", "partnerships")
                .tag("outcome", "answered").counter().count()).isEqualTo(1);
    }

    @Test
    void anOwnerThatDidNotAnswerIsNotAskedAgainInTheSameRound() {
        ValidityChecks checks = checks(ids -> {
            throw new ServiceUnavailableException("tender-service cannot be reached: timed out");
        }, links -> Set.of("inv-1"));
        Set<Precondition.Owner> silent = EnumSet.noneOf(Precondition.Owner.class);

        checks.check(List.of(delivery(new TenderOpen("t-1"))), silent, hold);
        Verdicts second = checks.check(List.of(delivery(new TenderOpen("t-2")),
                delivery(new InvitationLinkLive("inv-1", "h1"))), silent, hold);

        assertThat(tenderRequests).containsExactly(List.of("t-1"));
        assertThat(second.of(new TenderOpen("t-2")).kind()).isEqualTo(Verdict.Kind.UNKNOWN);
        assertThat(second.of(new InvitationLinkLive("inv-1", "h1"))).isEqualTo(Verdict.CLEARED);
        assertThat(silent).containsExactly(Precondition.Owner.TENDERS);
    }

    @Test
    void aMalformedAnswerIsNoAnswerNotAWithdrawal() {
        ValidityChecks checks = checks(ids -> {
            throw new IllegalStateException("tender-service answered /open-tender-checks without \"open\"");
        }, links -> Set.of());

        assertThat(checks.check(List.of(delivery(new TenderOpen("t-1"))), hold).of(new TenderOpen("t-1")).kind())
                .isEqualTo(Verdict.Kind.UNKNOWN);
    }

    @Test
    void aChunkWithoutPreconditionsAsksNobody() {
        Verdicts verdicts = checks(ids -> Set.of(), links -> Set.of())
                .check(List.of(delivery(null), delivery(null)), hold);

        assertThat(tenderRequests).isEmpty();
        assertThat(linkRequests).isEmpty();
        assertThat(verdicts.of(null)).isEqualTo(Verdict.CLEARED);
    }

    @Test
    void liveLinksAreAskedUnderTheChunksHoldWhichIsReleasedOnce() {
        ValidityChecks checks = checks(ids -> Set.of(), links -> Set.of("inv-1"));

        checks.check(List.of(delivery(new InvitationLinkLive("inv-1", "h1"))), hold);
        checks.release(hold);

        assertThat(hold.taken()).isTrue();
        assertThat(hold.leavesTimeToSend()).isTrue();
        assertThat(released).containsExactly(hold.holder());
    }

    @Test
    void aChunkWithoutInvitationLinksTakesNoHold() {
        ValidityChecks checks = checks(ids -> Set.of("t-1"), links -> Set.of());

        checks.check(List.of(delivery(new TenderOpen("t-1")), delivery(null)), hold);
        checks.release(hold);

        assertThat(hold.taken()).isFalse();
        assertThat(hold.leavesTimeToSend()).as("nothing may be sent under a hold never taken").isFalse();
        assertThat(released).isEmpty();
    }

    @Test
    void aHoldThatCannotBeReleasedIsLeftToExpire() {
        ValidityChecks checks = checks(ids -> Set.of(), links -> Set.of("inv-1"));
        releaseFails = true;

        checks.check(List.of(delivery(new InvitationLinkLive("inv-1", "h1"))), hold);
        checks.release(hold);

        assertThat(released).containsExactly(hold.holder());
    }

    @Test
    void aHoldMustOutlastTheLongestSmtpExchange() {
        assertThatThrownBy(() -> new SendHold(Duration.ofSeconds(25), Duration.ofSeconds(25)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves no time to send");
    }

    /** partnership-service's answer to one link check. */
    private interface LiveLinks {
        Set<String> liveAmong(List<InvitationLinkLive> links);
    }

    private ValidityChecks checks(TenderOwner tenders, LiveLinks invitations) {
        return new ValidityChecks(ids -> {
            tenderRequests.add(List.copyOf(ids));
            return tenders.openAmong(ids);
        }, new InvitationOwner() {
            @Override
            public Set<String> liveAmong(List<InvitationLinkLive> links, SendHold asked) {
                asked.asking();
                linkRequests.add(List.copyOf(links));
                return invitations.liveAmong(links);
            }

            @Override
            public void release(SendHold asked) {
                released.add(asked.holder());
                if (releaseFails) {
                    throw new ServiceUnavailableException("partnership-service cannot be reached: connection refused");
                }
            }
        }, StoredTraces.none(), meters);
    }

    private static Delivery delivery(Precondition precondition) {
        Message sample = MessageFixture.tenderOffered("Hosting", Language.EN);
        Message message = new Message(UUID.randomUUID().toString(), "TenderOffered", "corr", sample.kind(),
                new Recipient(UUID.randomUUID() + "@example.test", Language.EN, null), sample.data(), precondition);
        return Delivery.accept(message, CONTENT, Instant.parse("2026-11-26T10:00:00Z"), null);
    }
}
