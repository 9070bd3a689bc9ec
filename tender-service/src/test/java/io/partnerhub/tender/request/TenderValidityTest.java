package io.partnerhub.tender.request;

import io.partnerhub.testing.MovableClock;
import io.partnerhub.tender.reveal.RevealPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.partnerhub.tender.request.TenderRequestFixture.TOKEN;
import static io.partnerhub.tender.request.TenderRequestFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenderValidityTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    InMemoryTenderRequests requests = new InMemoryTenderRequests();

    @Test
    void staysValidForThirtyDaysByDefault() {
        TenderRequest request = TenderRequestFixture.openRequest(clock.instant());

        assertThat(request.expiresAt()).isEqualTo("2026-12-26T10:00:00Z");
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(request.isValidAt(clock.instant())).isTrue();
        assertThat(request.timeLeft(clock.instant())).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(request.isValidAt(clock.instant())).isFalse();
        assertThatThrownBy(() -> request.reveal(partner("p1"), clock.instant()))
                .isInstanceOf(TenderGoneException.class).hasMessageContaining("expired");
    }

    @Test
    void validityIsConfigurable() {
        TenderRequest request = TenderRequest.submit("t-2", SubmissionValidator.validate(TenderRequestFixture.form()),
                TOKEN, new ValidityPolicy(Duration.ofDays(7)), RevealPolicy.standard(), clock.instant());

        assertThat(request.expiresAt()).isEqualTo("2026-12-03T10:00:00Z");
    }

    @Test
    void sweepExpiresDueRequestsOnceAndWithdrawsFromRevealingPartners() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        new PartnerDeskFixture(requests, clock).desk().reveal("t-1", "p1");
        ExpirySweep sweep = new ExpirySweep(requests, clock, 10);

        assertThat(sweep.sweep()).isZero();
        clock.advance(Duration.ofDays(31));
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(sweep.sweep()).isZero();

        assertThat(requests.byId("t-1").orElseThrow().status()).isEqualTo(TenderStatus.EXPIRED);
        assertThat(requests.published(TenderEvent.Ended.class)).singleElement()
                .extracting(TenderEvent.Ended::reason).isEqualTo(TenderStatus.EXPIRED);
        assertThat(requests.published(TenderEvent.Withdrawn.class)).singleElement()
                .satisfies(w -> assertThat(w.partner().partnerId()).isEqualTo("p1"));
    }

    @Test
    void twoSweepersOnTheSameRequestExpireItOnce() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        clock.advance(Duration.ofDays(30));
        TenderRequest first = requests.byId("t-1").orElseThrow();
        TenderRequest second = requests.byId("t-1").orElseThrow();

        first.expireIfDue(clock.instant());
        second.expireIfDue(clock.instant());

        assertThat(requests.saveIfUnchanged(first, 1)).isTrue();
        assertThat(requests.saveIfUnchanged(second, 1)).isFalse();
        assertThat(requests.published(TenderEvent.Ended.class)).hasSize(1);
    }
}
