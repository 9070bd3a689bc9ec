package io.partnerhub.tender.abuse.scheduling;

import io.partnerhub.tender.abuse.persistence.MongoAttemptCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Drops the submission counters of windows that ended. Every instance may: a counter of an ended
 * window is never counted again, so deleting it twice or concurrently changes nothing.
 */
@Component
public class SubmissionCounterSweeper {

    private static final Logger log = LoggerFactory.getLogger(SubmissionCounterSweeper.class);

    private final MongoAttemptCounter counters;
    private final Clock clock;

    public SubmissionCounterSweeper(MongoAttemptCounter counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tender.abuse.sweep-interval:PT1M}", initialDelayString = "PT5S")
    public void run() {
        try {
            counters.forgetBefore(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Sweeping ended submission counters failed; next run retries", e);
        }
    }
}
