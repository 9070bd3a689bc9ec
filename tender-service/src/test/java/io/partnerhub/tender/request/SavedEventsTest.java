package io.partnerhub.tender.request;

import io.partnerhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

import static io.partnerhub.tender.request.TenderRequestFixture.openRequest;
import static io.partnerhub.tender.request.TenderRequestFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;

/** A request's events are pending until the store wrote them, and only until then. */
class SavedEventsTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    InMemoryTenderRequests requests = new InMemoryTenderRequests();

    @Test
    void anAddedRequestHasNoPendingEventsLeft() {
        TenderRequest request = openRequest(clock.instant());
        assertThat(request.pendingEvents()).singleElement().isInstanceOf(TenderEvent.Submitted.class);

        requests.add(request);

        assertThat(request.pendingEvents()).isEmpty();
    }

    @Test
    void aSecondSaveOfTheSameObjectWritesOnlyTheNewerEvents() {
        TenderRequest request = openRequest(clock.instant());
        requests.add(request);

        long loaded = request.state().revision();
        request.reveal(partner("p1"), clock.instant());
        assertThat(requests.saveIfUnchanged(request, loaded)).isTrue();
        loaded = request.state().revision();
        request.reveal(partner("p2"), clock.instant());
        assertThat(requests.saveIfUnchanged(request, loaded)).isTrue();

        assertThat(requests.published(TenderEvent.Submitted.class)).hasSize(1);
        assertThat(requests.published(TenderEvent.Revealed.class)).extracting(TenderEvent.Revealed::partnerId)
                .containsExactly("p1", "p2");
    }

    @Test
    void aRefusedSaveKeepsTheEventsPending() {
        TenderRequest request = openRequest(clock.instant());
        requests.add(request);
        long loaded = request.state().revision();
        request.reveal(partner("p1"), clock.instant());

        assertThat(requests.saveIfUnchanged(request, loaded + 1)).isFalse();

        assertThat(request.pendingEvents()).singleElement().isInstanceOf(TenderEvent.Revealed.class);
        assertThat(requests.published(TenderEvent.Revealed.class)).isEmpty();
    }
}
