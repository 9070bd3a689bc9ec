package io.partnerhub.tender.distribution;

import io.partnerhub.testing.MovableClock;
import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.subscription.PartnerSubscription;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FanOutTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    TreeMap<String, PartnerSubscription> subscriptions = new TreeMap<>();
    Map<String, Integer> offersPerPartner = new HashMap<>();
    List<String> progress = new ArrayList<>();
    int largestPage;

    TenderExcerpt excerpt = new TenderExcerpt("Shop", "A shop", List.of("web-hosting"), Language.FR, null, null);
    FanOutJob job = new FanOutJob("t-1", excerpt, clock.instant().plusSeconds(3600), null);

    FanOut.Subscribers pages = (ex, after, size) -> {
        List<PartnerSubscription> page = (after == null ? subscriptions : subscriptions.tailMap(after, false))
                .values().stream().limit(size).toList();
        largestPage = Math.max(largestPage, page.size());
        return page;
    };
    FanOut.Offers offers = batch -> {
        batch.offers().forEach(o -> offersPerPartner.putIfAbsent(o.partnerId(), 1));
        return batch.endsWith();
    };
    FanOut.Progress marker = new FanOut.Progress() {
        @Override
        public void advanced(FanOutJob at) {
            progress.add(at.lastPartnerId());
        }

        @Override
        public void finished(FanOutJob at) {
            progress.add("done");
        }
    };

    @Test
    void offersEveryMatchingPartnerOnceInBatches() {
        for (int i = 0; i < 10_000; i++) {
            subscribe(String.format("p%05d", i), i % 10 == 0 ? Set.of("mail") : Set.of(), Set.of());
        }

        FanOut.Outcome outcome = new FanOut(pages, offers, marker, clock, 500).run(job, () -> true);

        assertThat(outcome).isEqualTo(FanOut.Outcome.FINISHED);
        assertThat(offersPerPartner).hasSize(9_000);
        assertThat(largestPage).isEqualTo(500);
        assertThat(progress).last().isEqualTo("done");
    }

    @Test
    void aStoppedRunResumesBehindItsCursorWithoutOfferingTwice() {
        for (int i = 0; i < 2_000; i++) {
            subscribe(String.format("p%05d", i), Set.of(), Set.of());
        }
        List<String> offeredTwice = new ArrayList<>();
        FanOut.Offers strict = batch -> {
            batch.offers().forEach(o -> {
                if (offersPerPartner.putIfAbsent(o.partnerId(), 1) != null) {
                    offeredTwice.add(o.partnerId());
                }
            });
            return batch.endsWith();
        };
        AtomicInteger batches = new AtomicInteger();

        FanOut.Outcome first = new FanOut(pages, strict, marker, clock, 100).run(job, () -> batches.incrementAndGet() <= 7);
        FanOutJob resumed = job.after(progress.get(progress.size() - 1));
        FanOut.Outcome second = new FanOut(pages, strict, marker, clock, 100).run(resumed, () -> true);

        assertThat(first).isEqualTo(FanOut.Outcome.STOPPED);
        assertThat(second).isEqualTo(FanOut.Outcome.FINISHED);
        assertThat(offersPerPartner).hasSize(2_000);
        assertThat(offeredTwice).isEmpty();
    }

    @Test
    void aReplayedBatchFollowsWhatTheCrashedRunRecorded() {
        for (int i = 0; i < 300; i++) {
            subscribe(String.format("p%05d", i), Set.of(), Set.of());
        }
        Map<String, OfferBatch> recorded = new HashMap<>();
        Map<String, Integer> events = new HashMap<>();
        FanOut.Offers recording = batch -> {
            OfferBatch earlier = recorded.putIfAbsent(String.valueOf(batch.startedAfter()), batch);
            if (earlier != null) {
                return earlier.endsWith();
            }
            batch.offers().forEach(o -> events.merge(o.partnerId(), 1, Integer::sum));
            return batch.endsWith();
        };
        new FanOut(pages, recording, marker, clock, 100).run(job, stopAfter(2));
        // the second batch's cursor write was lost, and a partner opted in inside its range meanwhile
        subscribe("p00150x", Set.of(), Set.of());

        FanOut.Outcome outcome = new FanOut(pages, recording, marker, clock, 100)
                .run(job.after("p00099"), () -> true);

        assertThat(outcome).isEqualTo(FanOut.Outcome.FINISHED);
        assertThat(recorded).hasSize(3);
        assertThat(events).hasSize(300).doesNotContainKey("p00150x");
        assertThat(events.values()).containsOnly(1);
    }

    @Test
    void whenTheSubscribersCannotBeAskedTheRunStopsAtItsLastCursorAndAResumeOffersEachPartnerOnce() {
        for (int i = 0; i < 450; i++) {
            subscribe(String.format("p%05d", i), Set.of(), Set.of());
        }
        AtomicInteger asked = new AtomicInteger();
        FanOut.Subscribers failingThirdPage = (ex, after, size) -> {
            if (asked.incrementAndGet() == 3) {
                throw new IllegalStateException("owner cannot answer");
            }
            return pages.page(ex, after, size);
        };

        FanOut.Offers counting = batch -> {
            batch.offers().forEach(o -> offersPerPartner.merge(o.partnerId(), 1, Integer::sum));
            return batch.endsWith();
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new FanOut(failingThirdPage, counting, marker, clock, 100).run(job, () -> true))
                .hasMessage("owner cannot answer");

        assertThat(progress).containsExactly("p00099", "p00199");
        assertThat(offersPerPartner).hasSize(200);
        FanOut.Outcome resumed = new FanOut(failingThirdPage, counting, marker, clock, 100)
                .run(job.after(progress.get(progress.size() - 1)), () -> true);
        assertThat(resumed).isEqualTo(FanOut.Outcome.FINISHED);
        assertThat(offersPerPartner).hasSize(450);
        assertThat(offersPerPartner.values()).containsOnly(1);
    }

    @Test
    void aRunStopsBeforeTheNextPageWhenToldSo() {
        for (int i = 0; i < 1_000; i++) {
            subscribe(String.format("p%05d", i), Set.of(), Set.of());
        }
        AtomicInteger checks = new AtomicInteger();

        FanOut.Outcome outcome = new FanOut(pages, offers, marker, clock, 100)
                .run(job, () -> checks.incrementAndGet() <= 3);

        assertThat(outcome).isEqualTo(FanOut.Outcome.STOPPED);
        assertThat(offersPerPartner).hasSize(300);
        assertThat(checks).hasValue(4);
    }

    private static java.util.function.BooleanSupplier stopAfter(int batches) {
        AtomicInteger count = new AtomicInteger();
        return () -> count.incrementAndGet() <= batches;
    }

    @Test
    void partnersChooseCategoriesAndLanguagesOrTakeEverything() {
        assertThat(subscription("a", Set.of(), Set.of()).wants(excerpt)).isTrue();
        assertThat(subscription("b", Set.of("web-hosting", "domains"), Set.of(Language.FR)).wants(excerpt)).isTrue();
        assertThat(subscription("c", Set.of("mail"), Set.of()).wants(excerpt)).isFalse();
        assertThat(subscription("d", Set.of(), Set.of(Language.DE)).wants(excerpt)).isFalse();
    }

    @Test
    void summaryIsCutAtAWordNearTheLimit() {
        String description = "word ".repeat(100);
        String summary = TenderExcerpt.summarize(description.strip());

        assertThat(summary).endsWith("word…").hasSizeLessThanOrEqualTo(TenderExcerpt.SUMMARY_LENGTH + 1);
    }

    private void subscribe(String partnerId, Set<String> categories, Set<Language> languages) {
        subscriptions.put(partnerId, subscription(partnerId, categories, languages));
    }

    private static PartnerSubscription subscription(String id, Set<String> categories, Set<Language> languages) {
        return new PartnerSubscription(new PartnerContact(id, "P " + id, id + "@p.example", Language.EN, null),
                categories, languages, 1);
    }
}
