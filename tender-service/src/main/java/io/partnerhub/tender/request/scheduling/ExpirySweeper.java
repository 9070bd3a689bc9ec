package io.partnerhub.tender.request.scheduling;

import io.partnerhub.tender.abuse.persistence.MongoAttemptCounter;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.tender.request.ExpirySweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Runs the expiry sweep on a schedule (every instance may; each request expires once), and drops
 * ended abuse counters and relayed fan-out batch documents.
 */
@Component
public class ExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);

    private final ExpirySweep sweep;
    private final MongoAttemptCounter counters;
    private final MongoOfferBook offers;
    private final Clock clock;

    public ExpirySweeper(ExpirySweep sweep, MongoAttemptCounter counters, MongoOfferBook offers, Clock clock) {
        this.sweep = sweep;
        this.counters = counters;
        this.offers = offers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tender.expiry.sweep-interval:PT1M}", initialDelayString = "PT5S")
    public void run() {
        try {
            sweepAll();
            counters.forgetBefore(clock.instant());
            offers.forgetRelayedBatches(1000);
        } catch (RuntimeException e) {
            log.warn("Expiry sweep failed; next run retries", e);
        }
    }

    /** Expires every due request; answers how many. */
    public int sweepAll() {
        int total = 0;
        int expired;
        do {
            expired = sweep.sweep();
            total += expired;
        } while (expired > 0);
        if (total > 0) {
            log.info("Expired {} tender requests", total);
        }
        return total;
    }
}
