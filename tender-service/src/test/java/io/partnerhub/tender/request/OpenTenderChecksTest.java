package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.tender.reveal.RevealPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Open right now": OPEN and before its expiry by the clock, whatever the sweeper did so far. */
class OpenTenderChecksTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    InMemoryTenderRequests requests = new InMemoryTenderRequests();
    OpenTenderChecks checks = new OpenTenderChecks(requests, clock);

    @Test
    void answersTheRequestsValidNowInTheOrderAskedEachOnce() {
        TenderRequest open = submitted("t-open", LinkSecret.generate());
        LinkSecret cancelToken = LinkSecret.generate();
        TenderRequest cancelled = submitted("t-cancelled", cancelToken);
        new RequesterDesk(requests, clock).cancel(cancelToken.value());

        assertThat(checks.openNow(List.of("unknown", cancelled.tenderId(), open.tenderId(), open.tenderId())))
                .containsExactly(open.tenderId());
    }

    @Test
    void aRequestIsClosedAtItsExpiryInstantEvenBeforeTheSweeperRuns() {
        TenderRequest request = submitted("t-1", LinkSecret.generate());
        Duration left = request.timeLeft(clock.instant());

        clock.advance(left.minusMillis(1));
        assertThat(checks.openNow(List.of(request.tenderId()))).containsExactly(request.tenderId());
        clock.advance(Duration.ofMillis(1));
        assertThat(checks.openNow(List.of(request.tenderId()))).isEmpty();
        assertThat(requests.byId(request.tenderId()).orElseThrow().status()).isEqualTo(TenderStatus.OPEN);
    }

    @Test
    void asksForOneToAThousandIds() {
        assertThatThrownBy(() -> checks.openNow(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> checks.openNow(List.of())).hasMessageContaining("tenderIds");
        assertThatThrownBy(() -> checks.openNow(ids(1001))).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> checks.openNow(new ArrayList<>(Collections.singletonList(null))))
                .hasMessageContaining("null");
        assertThat(checks.openNow(ids(1000))).isEmpty();
    }

    private TenderRequest submitted(String tenderId, LinkSecret token) {
        TenderRequest request = TenderRequest.submit(tenderId, SubmissionValidator.validate(TenderRequestFixture.form()),
                token, ValidityPolicy.standard(), RevealPolicy.standard(), clock.instant());
        requests.add(request);
        return request;
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "t-" + i).toList();
    }
}
