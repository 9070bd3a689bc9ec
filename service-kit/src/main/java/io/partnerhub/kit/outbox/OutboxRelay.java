package io.partnerhub.kit.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the pending {@link OutboxMessage}s of the configured collections to Kafka on one
 * background thread. It sleeps until {@link #wake()} (called after a write, and automatically
 * after Spring Data saves a {@link HasOutbox} document) or the polling interval passes; rounds
 * repeat while there is work. Stopping lets the current round finish and drains once more, within
 * the stop timeout: a round blocked beyond it is interrupted, its messages left in the outbox.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** How long an interrupted round gets to record what Kafka did acknowledge. */
    private static final long ROUND_INTERRUPT_GRACE_MILLIS = 1_000;

    private final OutboxRound round;
    private final OutboxProperties properties;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(OutboxRound round, OutboxProperties properties) {
        this.round = round;
        this.properties = properties;
    }

    /** Asks the relay to look for pending messages now. Cheap; call it after every outbox write. */
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** One pass over all collections; returns the number of messages sent. For tests and tools. */
    public int relayOnce() {
        int sent = 0;
        for (String collection : properties.collections()) {
            OutboxRound.Result result;
            do {
                result = round.run(collection, properties.batchSize());
                sent += result.sent();
            } while (result.documents() == properties.batchSize() && !result.failures()
                    && !Thread.currentThread().isInterrupted());
        }
        return sent;
    }

    public List<String> collections() {
        return properties.collections();
    }

    @Override
    public synchronized void start() {
        if (running || properties.collections().isEmpty()) {
            return;
        }
        properties.collections().forEach(round::prepare);
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        log.info("Outbox relay started for {}", properties.collections());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(properties.stopTimeout().toMillis());
            if (thread.isAlive()) {
                log.warn("Outbox round still running after {}; interrupting it. What it has not sent stays in "
                        + "the outbox and is relayed by another instance after the lease", properties.stopTimeout());
                thread.interrupt();
                thread.join(ROUND_INTERRUPT_GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Outbox relay stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (so the last requests' events are still relayed). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void loop() {
        while (running) {
            relaySafely();
            awaitWake();
        }
        if (!Thread.currentThread().isInterrupted()) {
            relaySafely();
        }
    }

    private void relaySafely() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            log.warn("Outbox round failed; retrying after {}", properties.pollInterval(), e);
        }
    }

    private void awaitWake() {
        try {
            if (signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                signal.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
