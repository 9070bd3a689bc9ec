package io.partnerhub.tender.distribution;

import io.partnerhub.tender.subscription.PartnerSubscription;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Runs a {@link FanOutJob} to the end, or until told to stop; never holds more than one batch. */
public final class FanOut {

    /** Opted-in partners after a partnerId, sorted by partnerId (pre-filtering is allowed). */
    public interface Subscribers {
        List<PartnerSubscription> page(TenderExcerpt excerpt, String afterPartnerId, int size);
    }

    /**
     * Records offers; recording one that exists already changes nothing. {@code mayExist} is true
     * only for the first batch of a run, the one a crashed run may have written before its cursor.
     */
    public interface Offers {
        void offerAll(List<TenderOffer> offers, boolean mayExist);
    }

    /** Remembers how far a job got. */
    public interface Progress {
        void advanced(FanOutJob job);

        void finished(FanOutJob job);
    }

    public enum Outcome { FINISHED, STOPPED }

    private final Subscribers subscribers;
    private final Offers offers;
    private final Progress progress;
    private final Clock clock;
    private final int batchSize;

    public FanOut(Subscribers subscribers, Offers offers, Progress progress, Clock clock, int batchSize) {
        this.subscribers = subscribers;
        this.offers = offers;
        this.progress = progress;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public Outcome run(FanOutJob start, BooleanSupplier keepGoing) {
        FanOutJob job = start;
        boolean firstBatch = true;
        while (keepGoing.getAsBoolean()) {
            List<PartnerSubscription> page = subscribers.page(job.excerpt(), job.lastPartnerId(), batchSize);
            List<TenderOffer> batch = offersFor(job, page);
            if (!batch.isEmpty()) {
                offers.offerAll(batch, firstBatch);
            }
            firstBatch = false;
            if (page.size() < batchSize) {
                progress.finished(job);
                return Outcome.FINISHED;
            }
            job = job.after(page.get(page.size() - 1).partnerId());
            progress.advanced(job);
        }
        return Outcome.STOPPED;
    }

    private List<TenderOffer> offersFor(FanOutJob job, List<PartnerSubscription> page) {
        return page.stream()
                .filter(subscription -> subscription.wants(job.excerpt()))
                .map(subscription -> new TenderOffer(job.tenderId(), subscription.partner(), job.excerpt(),
                        job.expiresAt(), clock.instant()))
                .toList();
    }
}
