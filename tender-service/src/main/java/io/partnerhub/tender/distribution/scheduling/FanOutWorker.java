package io.partnerhub.tender.distribution.scheduling;

import io.partnerhub.kit.tracing.StoredTraces;
import io.partnerhub.tender.config.TenderProperties;
import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.mongo.FanOutJobs;
import io.partnerhub.tender.distribution.mongo.MongoOfferBook;
import io.partnerhub.tender.subscription.mongo.MongoSubscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Offers submitted requests to matching partners on one background thread: woken right after a
 * submission, and by a poll that also picks up fan-outs a crashed instance left behind.
 */
@Component
public class FanOutWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FanOutWorker.class);

    private final FanOutJobs jobs;
    private final MongoSubscriptions subscribers;
    private final MongoOfferBook offers;
    private final int batchSize;
    private final FanOutBrake brake;
    private final StoredTraces traces;
    private final Clock clock;
    private final Duration lease;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean running;
    private ExecutorService executor;

    public FanOutWorker(FanOutJobs jobs, MongoSubscriptions subscribers, MongoOfferBook offers,
                        Optional<FanOutBrake> brake, StoredTraces traces, Clock clock, TenderProperties properties) {
        this.jobs = jobs;
        this.traces = traces;
        this.brake = brake.orElse(tenderId -> true);
        this.clock = clock;
        this.lease = properties.fanOut().lease();
        this.subscribers = subscribers;
        this.offers = offers;
        this.batchSize = properties.fanOut().batchSize();
    }

    /** Look for pending fan-outs now (cheap; coalesces concurrent calls). */
    public void wake() {
        if (running && pending.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(fixedDelayString = "${tender.fan-out.poll-interval:PT5S}")
    public void poll() {
        wake();
    }

    private void drain() {
        pending.set(false);
        try {
            Optional<FanOutJobs.Claim> claim;
            while (running && (claim = jobs.claimNext(instance, lease)).isPresent()) {
                FanOutJobs.Claim claimed = claim.get();
                FanOut.Outcome outcome = traces.within(claimed.traceparent(), "partnerhub.tender.fan-out",
                        "tender fan-out", () -> runClaimed(claimed));
                if (outcome == FanOut.Outcome.STOPPED) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Fan-out pass failed; the next poll resumes it", e);
        }
    }

    /** Runs one claimed fan-out; STOPPED when told to stop or when another instance took it over. */
    private FanOut.Outcome runClaimed(FanOutJobs.Claim claim) {
        String tenderId = claim.job().tenderId();
        if (!claim.request().isValidAt(clock.instant())) {
            jobs.finish(claim);
            return FanOut.Outcome.FINISHED;
        }
        long started = System.nanoTime();
        FanOut run = new FanOut(subscribers, offers, jobs.progressOf(claim, lease), clock, batchSize);
        try {
            FanOut.Outcome outcome = run.run(claim.job(), () -> running && brake.mayContinue(tenderId));
            if (outcome == FanOut.Outcome.STOPPED) {
                jobs.release(claim);
            }
            log.info("Fan-out of request {} {} in {} ms", tenderId, outcome,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return outcome;
        } catch (FanOutJobs.LeaseLostException lost) {
            log.info(lost.getMessage());
            return FanOut.Outcome.STOPPED;
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "tender-fan-out"));
        running = true;
        wake();
    }

    @Override
    public synchronized void stop() {
        running = false;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
