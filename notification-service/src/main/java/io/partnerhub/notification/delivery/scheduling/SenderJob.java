package io.partnerhub.notification.delivery.scheduling;

import io.partnerhub.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The background thread that sends: woken at once when an email is accepted, otherwise it looks
 * for due retries every poll interval. After a wake it lingers a few milliseconds so that a
 * fan-out's emails go out together in one batch over one SMTP connection. Rounds repeat while full batches come back. Because due
 * emails are claimed in MongoDB, several threads (each with its own SMTP connection) and several
 * instances may run it side by side.
 */
@Component
public class SenderJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SenderJob.class);

    private final DeliverySender sender;
    private final Duration pollInterval;
    private final Duration linger;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private final int threads;
    private final List<Thread> workers = new ArrayList<>();

    SenderJob(DeliverySender sender, NotificationProperties properties) {
        this.sender = sender;
        this.pollInterval = properties.sender().pollInterval();
        this.linger = properties.sender().linger();
        this.threads = properties.sender().threads();
    }

    /** Something became due: look now. Cheap; call it after every accepted email. */
    public void wake() {
        int missing = threads - signal.availablePermits();
        if (missing > 0) {
            signal.release(missing);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::loop, "email-sender-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        try {
            for (Thread worker : workers) {
                worker.join(Duration.ofSeconds(30).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                while (running && sender.sendDueBatch() == sender.batchSize()) {
                    log.debug("full batch sent, looking for more");
                }
            } catch (RuntimeException e) {
                log.warn("Sending round failed; trying again in {}", pollInterval, e);
            }
            awaitWake();
        }
    }

    private void awaitWake() {
        try {
            if (signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                // like Kafka's linger.ms: let a fan-out gather into one batch instead of many tiny ones
                Thread.sleep(linger.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
