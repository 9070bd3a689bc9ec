package io.partnerhub.notification.delivery.persistence;

import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.DueCondition;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Due" has one definition, {@link DueCondition}: what the store's query finds in MongoDB is exactly
 * what {@link Delivery#isDueAt} says, for every status and every next attempt around now.
 */
class DueQueryIT {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final List<Instant> NEXT_ATTEMPTS = Arrays.asList(null, NOW.minus(Duration.ofDays(1)),
            NOW.minusMillis(1), NOW, NOW.plusMillis(1), NOW.plus(Duration.ofMinutes(2)));

    private static StoreFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new StoreFixture("notification-due-query-it");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void empty() {
        fixture.deliveries().deleteMany(new Document());
    }

    @Test
    void theQueryFindsExactlyTheDeliveriesTheDomainCallsDue() {
        List<Delivery> every = new ArrayList<>();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            for (Instant nextAttemptAt : NEXT_ATTEMPTS) {
                every.add(StoreFixture.delivery(status, nextAttemptAt, "t-" + UUID.randomUUID(), NOW.minusSeconds(60)));
            }
        }
        fixture.insert(every);

        List<String> found = new ArrayList<>();
        fixture.deliveries().find(DeliveryStore.due(DueCondition.at(NOW)))
                .forEach((Document document) -> found.add(document.getString("_id")));

        List<String> due = every.stream().filter(delivery -> delivery.isDueAt(NOW))
                .map(delivery -> delivery.id().toString()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(due);
        assertThat(due).as("every awaiting status with a next attempt at or before now, nothing else")
                .hasSize(DeliveryStatus.AWAITING_SENDING.size() * 3);
    }

    @Test
    void aSenderClaimsExactlyTheDueOnes() {
        String tender = "t-" + UUID.randomUUID();
        List<Delivery> every = new ArrayList<>();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            for (Instant nextAttemptAt : NEXT_ATTEMPTS) {
                every.add(StoreFixture.delivery(status, nextAttemptAt, tender, NOW.minusSeconds(60)));
            }
        }
        fixture.insert(every);

        List<String> claimed = fixture.store.claimDue(NOW, Duration.ofMinutes(2), 1000).stream()
                .map(claim -> claim.delivery().id().toString()).toList();

        assertThat(claimed).containsExactlyInAnyOrderElementsOf(every.stream().filter(delivery -> delivery.isDueAt(NOW))
                .map(delivery -> delivery.id().toString()).toList());
        assertThat(fixture.store.claimDue(NOW, Duration.ofMinutes(2), 1000)).as("claimed: not due until the lease ends")
                .isEmpty();
    }

    @Test
    void aSenderClaimsTheLongestDueFirstAndNoMoreThanItsLimitAmongEqualDueTimes() {
        List<Delivery> every = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            every.add(StoreFixture.delivery(DeliveryStatus.PENDING, NOW.minusSeconds(10), "t-" + UUID.randomUUID(), NOW.minusSeconds(60)));
        }
        Delivery longestDue = StoreFixture.delivery(DeliveryStatus.PENDING, NOW.minusSeconds(20), "t-" + UUID.randomUUID(),
                NOW.minusSeconds(60));
        every.add(longestDue);
        fixture.insert(every);

        List<DeliveryStore.ClaimedDelivery> first = fixture.store.claimDue(NOW, Duration.ofMinutes(2), 3);
        List<DeliveryStore.ClaimedDelivery> second = fixture.store.claimDue(NOW, Duration.ofMinutes(2), 3);

        assertThat(first).hasSize(3).extracting(claim -> claim.delivery().id()).contains(longestDue.id());
        assertThat(second).hasSize(3).extracting(claim -> claim.delivery().id())
                .doesNotContainAnyElementsOf(first.stream().map(claim -> claim.delivery().id()).toList());
        assertThat(fixture.store.claimDue(NOW, Duration.ofMinutes(2), 3)).as("all six claimed").isEmpty();
    }

    @Test
    void aRenewedClaimStaysWithItsSenderButARenewalNeverTakesBackWhatAnotherSenderClaimed() {
        Duration lease = Duration.ofSeconds(15);
        fixture.insert(List.of(StoreFixture.delivery(DeliveryStatus.PENDING, NOW.minusSeconds(2), "t-" + UUID.randomUUID(), NOW.minusSeconds(60)),
                StoreFixture.delivery(DeliveryStatus.PENDING, NOW.minusSeconds(1), "t-" + UUID.randomUUID(), NOW.minusSeconds(60))));
        List<DeliveryStore.ClaimedDelivery> renewed = fixture.store.claimDue(NOW, lease, 1);
        List<DeliveryStore.ClaimedDelivery> lapsed = fixture.store.claimDue(NOW, lease, 1);
        assertThat(renewed).hasSize(1);
        assertThat(lapsed).hasSize(1);

        Instant afterTheFirstLease = NOW.plus(lease).plusSeconds(1);
        fixture.store.renewClaim(renewed.get(0).claimToken(), NOW.plus(lease.multipliedBy(2)));
        List<DeliveryStore.ClaimedDelivery> second = fixture.store.claimDue(afterTheFirstLease, lease, 1000);

        assertThat(second).as("only the one whose claim was not renewed").extracting(claim -> claim.delivery().id())
                .containsExactly(lapsed.get(0).delivery().id());
        fixture.store.renewClaim(lapsed.get(0).claimToken(), afterTheFirstLease.plus(lease.multipliedBy(3)));
        assertThat(fixture.deliveries().find(new Document("_id", lapsed.get(0).delivery().id().toString())).first()
                .getString("claim")).as("still the second sender's").isEqualTo(second.get(0).claimToken());
        assertThat(fixture.deliveries().find(new Document("_id", lapsed.get(0).delivery().id().toString())).first()
                .getDate("nextAttemptAt").toInstant()).isEqualTo(afterTheFirstLease.plus(lease));
    }
}
