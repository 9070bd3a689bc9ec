package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.partnerhub.tender.request.TenderRequestFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CancellationTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    InMemoryTenderRequests requests = new InMemoryTenderRequests();
    RequesterDesk requester = new RequesterDesk(requests, clock);
    PartnerDesk partners = new PartnerDeskFixture(requests, clock).desk();

    @Test
    void theLinkShowsTheRequestAndCancelsItAtOnce() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        partners.reveal("t-1", "p1");
        partners.reveal("t-1", "p2");

        assertThat(requester.view(TOKEN.value()).tenderId()).isEqualTo("t-1");
        requester.cancel(TOKEN.value());

        assertThatThrownBy(() -> partners.reveal("t-1", "p3")).isInstanceOf(TenderGoneException.class);
        assertThatThrownBy(() -> partners.open("t-1", "p1")).isInstanceOf(TenderGoneException.class);
        assertThatThrownBy(() -> requester.view(TOKEN.value())).isInstanceOf(TenderGoneException.class);
        assertThat(requests.published(TenderEvent.Withdrawn.class))
                .extracting(w -> w.partner().partnerId()).containsExactly("p1", "p2");
        assertThat(requests.published(TenderEvent.Withdrawn.class))
                .allSatisfy(w -> assertThat(w.reason()).isEqualTo(TenderStatus.CANCELLED));
    }

    @Test
    void theTokenCancelsOnlyOnce() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        requester.cancel(TOKEN.value());

        assertThatThrownBy(() -> requester.cancel(TOKEN.value())).isInstanceOf(TenderGoneException.class);
        assertThat(requests.published(TenderEvent.Ended.class)).hasSize(1);
    }

    @Test
    void anExpiredRequestCannotBeCancelled() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> requester.cancel(TOKEN.value()))
                .isInstanceOf(TenderGoneException.class).hasMessageContaining("expired");
    }

    @Test
    void anUnknownOrMalformedTokenFindsNothing() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));

        assertThatThrownBy(() -> requester.view(LinkSecret.generate().value())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requester.cancel("../../etc")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheHashOfTheTokenIsKept() {
        TenderRequest request = TenderRequestFixture.openRequest(clock.instant());

        assertThat(request.state().requesterTokenHash()).hasSize(64).isNotEqualTo(TOKEN.value());
        assertThat(request.state().toString()).doesNotContain(TOKEN.value());
        assertThat(TOKEN.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    }
}
