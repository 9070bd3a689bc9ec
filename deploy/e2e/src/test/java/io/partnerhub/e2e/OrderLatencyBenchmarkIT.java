package io.partnerhub.e2e;

import io.partnerhub.e2e.Scenario.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.partnerhub.e2e.Scenario.full;

/**
 * What an order costs its caller across the four JVMs: POST /orders → 201, one after the other, by
 * the customer for itself and by its partner for it (full access, customer pays). Prints p50, p95,
 * p99 and max per kind; the figure to compare is the same benchmark on an earlier build. Isolated so
 * that the other classes' workflows do not blur it.
 */
@Isolated
@ExtendWith(PartnerhubExtension.class)
class OrderLatencyBenchmarkIT {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 300;

    @Test
    void orderLatencyForCustomersAndPartners() {
        Scenario s = new Scenario();
        Org partner = s.partner("latency", false);
        Org customer = s.org("latency-customer");
        s.partnership(customer, partner, full("CUSTOMER"));
        String customerToken = s.token(customer);
        String partnerToken = s.token(partner);

        place(s, customerToken, customer, WARM_UP);
        place(s, partnerToken, customer, WARM_UP);
        List<Long> byCustomer = new ArrayList<>();
        List<Long> byPartner = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            byCustomer.add(timed(s, customerToken, customer));
            byPartner.add(timed(s, partnerToken, customer));
        }
        print("customer orders for itself", byCustomer);
        print("partner orders for its customer", byPartner);
    }

    private static void place(Scenario s, String token, Org customer, int count) {
        for (int i = 0; i < count; i++) {
            s.order(token, customer, "web-hosting", 1);
        }
    }

    private static long timed(Scenario s, String token, Org customer) {
        long start = System.nanoTime();
        s.order(token, customer, "web-hosting", 1);
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
    }

    static void print(String what, List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("[order latency] %s: %d orders one after the other: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n", what, sorted.size(), percentile(sorted, 50) / 1000.0,
                percentile(sorted, 95) / 1000.0, percentile(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
