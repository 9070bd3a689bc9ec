package io.partnerhub.tender.distribution;

import io.partnerhub.tender.subscription.PartnerSubscription;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs a {@link FanOutJob} to the end, or until told to stop; never holds more than one batch.
 * {@code keepGoing} is asked before every page: it is where a cancelled or expired request, or a
 * shutdown, stops the run between two batches.
 */
public final class FanOut {

    /**
     * The partners opted in right now, strictly after {@code afterPartnerId} (null: from the start),
     * ascending by partnerId, at most {@code size}; fewer than {@code size} means there are no more.
     * A source may leave out partners that cannot want the excerpt only if it still fills its pages.
     * Throws when it cannot answer: then nothing of that page has been recorded, and the job stays at
     * its saved cursor.
     */
    public interface Subscribers {
        List<PartnerSubscription> page(TenderExcerpt excerpt, String afterPartnerId, int size);
    }

    /**
     * Records one batch of offers and their events, identified by the request and the cursor the
     * batch started after. Answers the partnerId to continue after: the batch's own end, or — when
     * a crashed run recorded this batch already — the end recorded then (that record wins).
     */
    public interface Offers {
        String offerBatch(OfferBatch batch);
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
        while (keepGoing.getAsBoolean()) {
            List<PartnerSubscription> page = subscribers.page(job.excerpt(), job.lastPartnerId(), batchSize);
            List<TenderOffer> batch = offersFor(job, page);
            String pageEnd = page.isEmpty() ? null : page.get(page.size() - 1).partnerId();
            String continueAfter = batch.isEmpty() ? pageEnd
                    : offers.offerBatch(new OfferBatch(job.tenderId(), job.lastPartnerId(), pageEnd, batch));
            if (page.size() < batchSize) {
                progress.finished(job);
                return Outcome.FINISHED;
            }
            job = job.after(continueAfter);
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
