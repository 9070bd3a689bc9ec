package io.partnerhub.notification.config;

import io.partnerhub.notification.delivery.RetrySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;

/**
 * {@code partnerhub.notification.*}: the sender address, the time zone dates are shown in, the
 * retry schedule, the sender job's batch size, polling fallback and claim lease, and how emails
 * whose cause another service owns are checked before sending.
 */
@ConfigurationProperties("partnerhub.notification")
public record NotificationProperties(String fromAddress, String fromName, ZoneId timeZone, Retry retry,
                                     Sender sender, Checks checks) {

    public NotificationProperties {
        fromAddress = fromAddress == null ? "no-reply@partnerhub.example" : fromAddress;
        fromName = fromName == null ? "Partner Program" : fromName;
        timeZone = timeZone == null ? ZoneId.of("Europe/Zurich") : timeZone;
        retry = retry == null ? new Retry(null, null, null) : retry;
        sender = sender == null ? new Sender(null, null, null, null, null) : sender;
        checks = checks == null ? new Checks(null, null, null) : checks;
    }

    /** Capped exponential backoff; defaults 30 s doubling up to 30 min, 10 attempts. */
    public record Retry(Duration firstDelay, Duration maxDelay, Integer maxAttempts) {

        public RetrySchedule schedule() {
            RetrySchedule defaults = RetrySchedule.DEFAULT;
            return new RetrySchedule(firstDelay == null ? defaults.firstDelay() : firstDelay,
                    maxDelay == null ? defaults.maxDelay() : maxDelay,
                    maxAttempts == null ? defaults.maxAttempts() : maxAttempts);
        }
    }

    /**
     * @param batchSize    emails claimed and sent over one SMTP connection (default 500)
     * @param pollInterval how often the job looks for due retries when nothing woke it (default 1 s)
     * @param lease        how long a claimed email is reserved for this instance (default 15 s), renewed
     *                     every third of it while its round runs: an instance that dies leaves its
     *                     claimed emails due again within this long
     * @param linger       how long the job waits after a wake-up to gather a batch (default 50 ms)
     * @param threads      sender threads, each sending its batches over its own SMTP connection (default 2)
     */
    public record Sender(Integer batchSize, Duration pollInterval, Duration lease, Duration linger, Integer threads) {

        public Sender {
            batchSize = batchSize == null ? 500 : batchSize;
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            lease = lease == null ? Duration.ofSeconds(15) : lease;
            linger = linger == null ? Duration.ofMillis(50) : linger;
            threads = threads == null ? 2 : threads;
        }
    }

    /**
     * The check with the owner right before sending (tender excerpts, invitation links).
     *
     * @param chunkSize    at most this many emails that need a check are cleared by one answer and
     *                     sent before the next check (default 50): a cancellation confirmed after a
     *                     check cleared lets at most this many of them out, per sender thread
     * @param recheckDelay when the owner does not answer, its emails are due again after this long,
     *                     neither sent nor failed and not counted as attempts (default 5 s)
     */
    public record Checks(Integer chunkSize, Duration recheckDelay, Duration sendHold) {

        public Checks {
            chunkSize = chunkSize == null ? 50 : chunkSize;
            recheckDelay = recheckDelay == null ? Duration.ofSeconds(5) : recheckDelay;
            sendHold = sendHold == null ? Duration.ofSeconds(45) : sendHold;
            if (sendHold.compareTo(Duration.ofSeconds(60)) > 0) {
                throw new IllegalArgumentException("partnerhub.notification.checks.send-hold is at most 60s "
                        + "(partnership-service's limit), not " + sendHold);
            }
            if (chunkSize < 1) {
                throw new IllegalArgumentException("partnerhub.notification.checks.chunk-size must be at least 1");
            }
        }
    }
}
