package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.tender.reveal.RevealCapReachedException;
import io.partnerhub.tender.reveal.RevealPolicy;
import io.partnerhub.tender.reveal.RevealResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevealTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    InMemoryTenderRequests requests = new InMemoryTenderRequests();
    PartnerDesk desk = new PartnerDeskFixture(requests, clock).desk();

    @Test
    void revealDisclosesTheContactOnceAndAgainWithoutCounting() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));

        RevealResult first = desk.reveal("t-1", "p1");
        RevealResult again = desk.reveal("t-1", "p1");

        assertThat(first.firstTime()).isTrue();
        assertThat(first.requester().email()).isEqualTo("anne@example.ch");
        assertThat(again.firstTime()).isFalse();
        assertThat(again.requester()).isEqualTo(first.requester());
        assertThat(again.revealCount()).isEqualTo(1);
        assertThat(requests.published(TenderEvent.Revealed.class)).hasSize(1);
    }

    @Test
    void theSixthPartnerFindsAllFiveSlotsTaken() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        for (int i = 1; i <= 5; i++) {
            assertThat(desk.reveal("t-1", "p" + i).revealCount()).isEqualTo(i);
        }

        assertThatThrownBy(() -> desk.reveal("t-1", "p6")).isInstanceOf(RevealCapReachedException.class);
        assertThat(desk.reveal("t-1", "p3").firstTime()).isFalse();
    }

    @Test
    void aPartnerNotOfferedTheRequestFindsNothing() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));

        assertThatThrownBy(() -> desk.reveal("t-1", "stranger")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.open("t-1", "stranger")).isInstanceOf(NotFoundException.class);
    }

    @RepeatedTest(20)
    void ofManyPartnersRacingForTheLastSlotExactlyOneWins() throws Exception {
        requests.add(TenderRequestFixture.openRequest(clock.instant(), new RevealPolicy(3)));
        desk.reveal("t-1", "p1");
        desk.reveal("t-1", "p2");
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String partner = "racer" + i;
            Callable<Boolean> race = () -> {
                start.await();
                try {
                    return desk.reveal("t-1", partner).firstTime();
                } catch (RevealCapReachedException lost) {
                    return false;
                }
            };
            outcomes.add(pool.submit(race));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> outcome : outcomes) {
            winners += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        assertThat(requests.byId("t-1").orElseThrow().revealCount()).isEqualTo(3);
        assertThat(requests.published(TenderEvent.Revealed.class)).hasSize(3);
    }
}
