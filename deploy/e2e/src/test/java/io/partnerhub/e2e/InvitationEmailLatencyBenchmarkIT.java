package io.partnerhub.e2e;

import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invitation created (REST) → email accepted by SMTP, across the four service JVMs. First the
 * saturation: how many invitations a second the system turns into accepted emails when 8 clients
 * post as fast as they can. Then, three times, open-loop arrivals at half that rate (each POST
 * leaves at its scheduled instant, whatever the earlier ones are doing), each invitation clocked
 * from just before its POST to when the SMTP server holds its email (a 5 ms poller). Records p99
 * and p99.9 against their targets and every service's resident memory after the run.
 * Isolated: the other classes' workflows would otherwise run alongside and blur the figures.
 */
@Isolated
@ExtendWith(PartnerhubExtension.class)
class InvitationEmailLatencyBenchmarkIT {

    private static final int WARM_UP = 50;
    private static final int SATURATION_PROBE = 300;
    private static final int MEASURED = 600;
    private static final int CLIENTS = 8;
    private static final long RESIDENT_LIMIT = 350L * 1024 * 1024;

    record Sample(double p99, double p999, double max) {
    }

    @Test
    void invitationCreatedToEmailAcceptedBySmtp() throws Exception {
        Scenario s = new Scenario();
        Org partner = s.partner("bench", false);
        try (SmtpArrivals arrivals = new SmtpArrivals(s.hub.platform().smtp())) {
            closedLoop(s, partner, "warm", WARM_UP, arrivals);
            double saturation = closedLoop(s, partner, "saturation", SATURATION_PROBE, arrivals);
            double rate = saturation / 2;
            AtomicInteger run = new AtomicInteger();
            List<Sample> samples = BenchmarkResults.repeat(() -> openLoop(s, partner, "run" + run.incrementAndGet(),
                    rate, arrivals));
            System.out.printf("%n[invitation → email] saturation %.1f invitations/s (%d clients, closed loop);"
                    + " open-loop arrivals at %.1f/s: %s%n", saturation, CLIENTS, rate, samples);
            double p99 = median(samples, Sample::p99);
            BenchmarkResults.record(BenchmarkRow.atMost(String.format(java.util.Locale.ROOT,
                    "invitation created (REST) → email accepted by SMTP, p99, open loop at %.0f/s (50%% of saturation)",
                    rate), p99, "ms", 250));
            BenchmarkResults.record(BenchmarkRow.ratioAtMost("invitation → email, p99.9 against p99",
                    median(samples, Sample::p999), p99, "p99", "ms", 3));
        }
        recordResidentMemory(s.hub);
    }

    /** Invitations posted by {@link #CLIENTS} clients as fast as they go; returns emails accepted per second. */
    private static double closedLoop(Scenario s, Org partner, String phase, int count, SmtpArrivals arrivals)
            throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    post(s, partner, phase, i, sentAt, failures);
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).as(phase + ": all invitations posted").isTrue();
        awaitEmails(phase, sentAt, failures, arrivals);
        long last = sentAt.keySet().stream().mapToLong(arrivals::at).max().orElseThrow();
        return count / ((last - start) / 1e9);
    }

    /** Invitations posted open loop at {@code perSecond}; returns the latencies' p99, p99.9 and max in ms. */
    private static Sample openLoop(Scenario s, Org partner, String phase, double perSecond, SmtpArrivals arrivals) {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService posters = Executors.newCachedThreadPool();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try {
            pacer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < MEASURED) {
                    posters.submit(() -> post(s, partner, phase, i, sentAt, failures));
                }
            }, 0, (long) (1e9 / perSecond), TimeUnit.NANOSECONDS);
            await(phase + ": all invitations posted").atMost(Duration.ofMinutes(5))
                    .until(() -> next.get() >= MEASURED && sentAt.size() + failures.size() >= MEASURED);
            awaitEmails(phase, sentAt, failures, arrivals);
        } finally {
            pacer.shutdownNow();
            posters.shutdownNow();
        }
        List<Long> latencies = sentAt.entrySet().stream()
                .map(sent -> arrivals.at(sent.getKey()) - sent.getValue()).sorted().toList();
        return new Sample(percentile(latencies, 99.0), percentile(latencies, 99.9),
                latencies.get(latencies.size() - 1) / 1e6);
    }

    private static void post(Scenario s, Org partner, String phase, int i, Map<String, Long> sentAt,
                             List<String> failures) {
        String customer = "cust-" + phase + i + "-" + s.run;
        String email = customer + "@bench.example";
        long at = System.nanoTime();
        try {
            s.http.post(s.partnership("/invitations/customers"), s.token(partner), Map.of(
                    "customerOrganizationId", customer, "customerName", "Customer " + i,
                    "contactEmail", email, "contactName", "Chris", "language", "EN",
                    "requestedAccess", Scenario.full("CUSTOMER"))).expect(201);
            sentAt.put(email, at);
        } catch (RuntimeException | AssertionError e) {
            synchronized (failures) {
                failures.add(e.getMessage());
            }
        }
    }

    private static void awaitEmails(String phase, Map<String, Long> sentAt, List<String> failures,
                                    SmtpArrivals arrivals) {
        assertThat(failures).as(phase + ": refused invitations").isEmpty();
        await(phase + ": every invitation email at the SMTP server").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100)).until(() -> arrivals.containsAll(sentAt.keySet()));
    }

    private static void recordResidentMemory(Partnerhub hub) {
        hub.residentBytes().forEach((service, bytes) -> {
            if (bytes.isPresent()) {
                BenchmarkResults.record(BenchmarkRow.atMost("resident memory of " + service + " after the run",
                        bytes.getAsLong() / (1024.0 * 1024.0), "MB", RESIDENT_LIMIT / (1024.0 * 1024.0)));
            } else {
                System.out.println("[memory] " + service + ": unknown (no /proc)");
            }
        });
    }

    private static double percentile(List<Long> sortedNanos, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> measure) {
        return BenchmarkResults.median(samples.stream().map(measure::applyAsDouble).toList());
    }
}
