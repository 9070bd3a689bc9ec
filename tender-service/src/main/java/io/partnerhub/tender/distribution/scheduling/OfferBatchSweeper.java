package io.partnerhub.tender.distribution.scheduling;

import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drops fan-out batch documents whose events were relayed and whose fan-out is done. Every instance
 * may: such a document is never read again, so deleting it twice or concurrently changes nothing.
 */
@Component
public class OfferBatchSweeper {

    /** Batch documents looked at per run. */
    static final int BATCHES_PER_RUN = 1000;

    private static final Logger log = LoggerFactory.getLogger(OfferBatchSweeper.class);

    private final MongoOfferBook offers;

    public OfferBatchSweeper(MongoOfferBook offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "${tender.fan-out.batch-sweep-interval:PT1M}", initialDelayString = "PT5S")
    public void run() {
        try {
            offers.forgetRelayedBatches(BATCHES_PER_RUN);
        } catch (RuntimeException e) {
            log.warn("Sweeping relayed fan-out batches failed; next run retries", e);
        }
    }
}
