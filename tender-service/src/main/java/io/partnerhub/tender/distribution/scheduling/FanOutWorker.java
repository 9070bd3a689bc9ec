package io.partnerhub.tender.distribution.scheduling;

import io.partnerhub.kit.client.ServiceUnavailableException;
import io.partnerhub.kit.tracing.StoredTraces;
import io.partnerhub.tender.config.TenderProperties;
import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.distribution.persistence.FanOutJobs;
import io.partnerhub.tender.distribution.persistence.MongoOfferBook;
import io.partnerhub.tender.request.TenderRequests;
import io.partnerhub.tender.subscription.PartnerSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Offers submitted requests to matching partners on one background thread: woken right after a
 * submission, and by a poll that also picks up fan-outs a crashed instance left behind.
 *
 * <p>Recipients come from partnership-service, page by page ({@link FanOut.Subscribers}). When it
 * cannot be asked, the fan-out neither skips nor finishes: it is given back at its saved cursor (a
 * batch boundary, so nothing is lost or offered twice) to be retried by any instance after
 * {@code tender.fan-out.owner-retry}, and this instance wakes itself then. Before every batch the
 * request is read again: once cancelled or expired (by the clock) the fan-out ends there.
 */
@Component
public class FanOutWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FanOutWorker.class);

    private final FanOutJobs jobs;
    private final FanOut.Subscribers subscribers;
    private final MongoOfferBook offers;
    private final TenderRequests requests;
    private final int batchSize;
    private final FanOutBrake brake;
    private final StoredTraces traces;
    private final Clock clock;
    private final Duration lease;
    private final Duration ownerRetry;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean ownerUnavailable = new AtomicBoolean();
    private volatile boolean running;
    private ScheduledThreadPoolExecutor executor;

    public FanOutWorker(FanOutJobs jobs, FanOut.Subscribers subscribers, MongoOfferBook offers, TenderRequests requests,
                        Optional<FanOutBrake> brake, StoredTraces traces, Clock clock, TenderProperties properties) {
        this.jobs = jobs;
        this.subscribers = subscribers;
        this.offers = offers;
        this.requests = requests;
        this.traces = traces;
        this.brake = brake.orElse(tenderId -> true);
        this.clock = clock;
        this.lease = properties.fanOut().lease();
        this.ownerRetry = properties.fanOut().ownerRetry();
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

    /** What a pass does after one claimed fan-out. */
    private enum Next { CLAIM_NEXT, END_PASS }

    private void drain() {
        pending.set(false);
        try {
            Optional<FanOutJobs.Claim> claim;
            while (running && (claim = jobs.claimNext(instance, lease)).isPresent()) {
                FanOutJobs.Claim claimed = claim.get();
                Next next = traces.within(claimed.traceparent(), "partnerhub.tender.fan-out",
                        "tender fan-out", () -> runClaimed(claimed));
                if (next == Next.END_PASS) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Fan-out pass failed; the fan-out is retried from its saved cursor once its lease ends", e);
        }
    }

    /** Runs one claimed fan-out until it is finished, ended with its request, stopped or postponed. */
    private Next runClaimed(FanOutJobs.Claim claim) {
        String tenderId = claim.job().tenderId();
        AtomicBoolean requestEnded = new AtomicBoolean();
        BooleanSupplier keepGoing = () -> {
            if (!running || !brake.mayContinue(tenderId)) {
                return false;
            }
            if (!requests.validAmong(List.of(tenderId), clock.instant()).contains(tenderId)) {
                requestEnded.set(true);
                return false;
            }
            return true;
        };
        long started = System.nanoTime();
        FanOut run = new FanOut(this::askOwner, offers, jobs.progressOf(claim, lease), clock, batchSize);
        try {
            FanOut.Outcome outcome = run.run(claim.job(), keepGoing);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (outcome == FanOut.Outcome.FINISHED) {
                log.info("Fan-out of request {} FINISHED in {} ms", tenderId, millis);
                return Next.CLAIM_NEXT;
            }
            if (requestEnded.get()) {
                jobs.finish(claim);
                log.info("Fan-out of request {} ended after {} ms: the request is cancelled or expired", tenderId,
                        millis);
                return Next.CLAIM_NEXT;
            }
            jobs.release(claim);
            log.info("Fan-out of request {} STOPPED after {} ms", tenderId, millis);
            return Next.END_PASS;
        } catch (ServiceUnavailableException ownerDown) {
            jobs.postpone(claim, ownerRetry);
            if (ownerUnavailable.compareAndSet(false, true)) {
                log.warn("partnership-service cannot be asked for tender subscribers ({}); fan-outs wait at their"
                        + " saved cursor and are retried every {} s", ownerDown.getMessage(), ownerRetry.toSeconds());
            } else {
                log.debug("partnership-service still cannot be asked: {}", ownerDown.getMessage());
            }
            if (running) {
                // just after the postponement ends, so the fan-out is claimable again when the wake comes
                executor.schedule(this::wake, ownerRetry.toMillis() + 50, TimeUnit.MILLISECONDS);
            }
            return Next.END_PASS;
        } catch (FanOutJobs.LeaseLostException lost) {
            log.info(lost.getMessage());
            return Next.END_PASS;
        }
    }

    private List<PartnerSubscription> askOwner(TenderExcerpt excerpt, String afterPartnerId, int size) {
        List<PartnerSubscription> page = subscribers.page(excerpt, afterPartnerId, size);
        if (ownerUnavailable.compareAndSet(true, false)) {
            log.info("partnership-service answers again; waiting fan-outs resume from their saved cursors");
        }
        return page;
    }

    @Override
    public synchronized void start() {
        executor = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "tender-fan-out"));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
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
