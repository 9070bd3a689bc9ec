package io.partnerhub.notification.delivery.persistence;

import io.partnerhub.notification.delivery.CauseEnded;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryState;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.persistence.DeliveryStore.ClaimedDelivery;
import io.partnerhub.notification.delivery.persistence.DeliveryStore.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email is withdrawn two ways: one at a time by the sender ({@link Delivery#withdraw}, then
 * recorded), or many at once by the bulk update an ending event triggers. Both leave the same
 * stored state.
 */
class WithdrawalsAgreeIT {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static StoreFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new StoreFixture("notification-withdrawals-it");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aWithdrawalByTheSenderAndOneByAnEventStoreTheSameState() {
        for (DeliveryStatus status : DeliveryStatus.AWAITING_SENDING) {
            CauseEnded.TenderClosed ended = new CauseEnded.TenderClosed("t-" + UUID.randomUUID(), "TenderCancelled");
            Delivery bySender = StoreFixture.delivery(status, NOW, ended.tenderId(), NOW.minusSeconds(60));
            Delivery byEvent = StoreFixture.delivery(status, NOW.plusSeconds(30), ended.tenderId(), NOW.minusSeconds(60));
            fixture.insert(List.of(bySender, byEvent));

            List<ClaimedDelivery> claimed = fixture.store.claimDue(NOW, Duration.ofMinutes(2), 1000);
            assertThat(claimed).extracting(claim -> claim.delivery().id()).containsExactly(bySender.id());
            claimed.get(0).delivery().withdraw(ended.reason(), NOW);
            fixture.store.record(List.of(Outcome.notAttempted(claimed.get(0))));
            assertThat(fixture.store.withdrawPending(List.of(ended), NOW)).isEqualTo(1);

            DeliveryState withdrawnBySender = fixture.store.find(bySender.id()).orElseThrow().state();
            DeliveryState withdrawnByEvent = fixture.store.find(byEvent.id()).orElseThrow().state();
            assertThat(withdrawnBySender.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
            assertThat(withoutIdentity(withdrawnByEvent)).isEqualTo(withoutIdentity(withdrawnBySender));
            assertThat(fixture.deliveries().countDocuments(new org.bson.Document("claim", new org.bson.Document(
                    "$exists", true)))).isZero();
        }
    }

    /** The state without what tells two emails apart (id, key, source, recipient). */
    private static DeliveryState withoutIdentity(DeliveryState state) {
        return new DeliveryState(null, null, null, null, state.content(), state.createdAt(), state.attempts(),
                state.status(), state.nextAttemptAt(), state.failureReason(), state.sentAt(), state.roundStart(),
                state.validity());
    }
}
