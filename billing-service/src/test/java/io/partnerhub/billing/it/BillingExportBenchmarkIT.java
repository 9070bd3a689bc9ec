package io.partnerhub.billing.it;

import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's CSV export of 100,000 order lines, streamed over HTTP from a Mongo cursor, three
 * times: records the heap retained half-way through (after a GC, against before the export; the
 * target is under 32 MB), prints time and heap figures, asserts that every line arrives in order.
 * Note: the in-memory Mongo stand-in lives in the same JVM, so its own copy of the data (and its
 * in-memory sort) is part of the heap figures; the service side holds one cursor batch at a time.
 */
class BillingExportBenchmarkIT extends BillingIntegrationTest {

    private static final int ORDERS = 10_000;
    private static final int LINES_PER_ORDER = 10;

    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    @Test
    void exportsOneHundredThousandLinesStreamed() throws Exception {
        String partner = "export-partner-" + UUID.randomUUID().toString().substring(0, 8);
        for (int customer = 0; customer < 50; customer++) { // live at the owner: the export covers them all
            OWNER.put(PartnershipOwnerStandIn.Terms.full("ps-" + customer + "-" + partner, partner,
                    "customer-" + customer, "CUSTOMER", 1));
        }
        long insertStarted = System.nanoTime();
        insertOrders(partner);
        long insertMillis = (System.nanoTime() - insertStarted) / 1_000_000;

        List<Double> growthMegabytes = BenchmarkResults.repeat(() -> exportOnce(partner, insertMillis)
                - rawCursorRetained(partner));
        BenchmarkResults.record(BenchmarkRow.below("billing CSV export of 100,000 lines: heap growth half-way,"
                + " beyond a raw cursor's", BenchmarkResults.median(growthMegabytes), "MB", 32));
        assertThat(get("/partners/" + partner + "/billing-export.csv", legalRep("someone-else")).getStatus().value())
                .isEqualTo(404);
    }

    /**
     * The heap a plain cursor over the same orders, in the same order, retains half-way through (in
     * MB): the in-memory MongoDB stand-in runs in this JVM and holds a query's sorted results, so
     * this is the part of the export's figure that is the database's, not the service's.
     */
    private double rawCursorRetained(String partner) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long retained;
        try (var cursor = mongo.getCollection("orders").find(new Document("partnerId", partner))
                .projection(new Document("outbox", 0)).sort(new Document("placedAt", 1).append("_id", 1))
                .batchSize(500).iterator()) {
            for (int read = 0; read < ORDERS / 2; read++) {
                cursor.next();
            }
            System.gc();
            retained = memory.getHeapMemoryUsage().getUsed();
        }
        System.out.printf("billing export: a raw cursor over the same orders retains %,d MB half-way%n",
                (retained - before) >> 20);
        return (retained - before) / (1024.0 * 1024.0);
    }

    /** One export of the partner's lines; returns the heap retained half-way through it, in MB. */
    private double exportOnce(String partner, long insertMillis) {
        try {
            return export(partner, insertMillis);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private double export(String partner, long insertMillis) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long peak = heapBefore;
        long started = System.nanoTime();
        long lines = 0;
        long retainedMidStream = 0;
        String header;
        String first;
        String last = null;
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/partners/" + partner + "/billing-export.csv"))
                .header("Authorization", "Bearer " + legalRep(partner)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            header = reader.readLine();
            first = reader.readLine();
            lines = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                last = line;
                lines++;
                if (lines % 5_000 == 0) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                }
                if (lines == 50_000) {
                    System.gc();
                    retainedMidStream = memory.getHeapMemoryUsage().getUsed();
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("billing export: %,d lines in %,d ms (%,.0f lines/s); insert of %,d orders %,d ms;"
                        + " heap after GC before %,d MB, after GC half-way %,d MB (%+,d MB retained),"
                        + " peak used incl. garbage %,d MB%n",
                lines, millis, lines * 1000.0 / Math.max(1, millis), ORDERS, insertMillis, heapBefore >> 20,
                retainedMidStream >> 20, (retainedMidStream - heapBefore) >> 20, peak >> 20);
        assertThat(header).startsWith("order_id,placed_at,customer_id");
        assertThat(lines).isEqualTo((long) ORDERS * LINES_PER_ORDER);
        assertThat(first).startsWith(orderId(partner, 0) + ",").endsWith(",CASHBACK,0.99,R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS");
        assertThat(last).startsWith(orderId(partner, ORDERS - 1) + ",");
        return (retainedMidStream - heapBefore) / (1024.0 * 1024.0);
    }

    private void insertOrders(String partner) {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<Document> lines = new ArrayList<>();
            for (int n = 1; n <= LINES_PER_ORDER; n++) {
                lines.add(new Document("lineNo", n).append("productId", "web-hosting").append("category", "WEB_HOSTING")
                        .append("quantity", 1).append("listAmount", "9.92").append("tierRate", "0")
                        .append("publicPrice", "9.92").append("partnerRate", "20").append("afterPartnerRate", "7.94")
                        .append("partnerPrice", "7.94").append("pricePaid", "9.92").append("benefit", "CASHBACK")
                        .append("benefitAmount", "0.99").append("reason", "R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS"));
            }
            batch.add(new Document("_id", orderId(partner, i)).append("customerId", "customer-" + (i % 50))
                    .append("partnerId", partner).append("partnershipId", "ps-" + (i % 50))
                    .append("orderedBy", "CUSTOMER").append("paidBy", "CUSTOMER").append("renewal", i % 2 == 0)
                    .append("currency", "CHF").append("lines", lines).append("total", "99.20")
                    .append("placedAt", Date.from(base.plusSeconds(i))).append("invoiceId", "inv-" + orderId(partner, i))
                    .append("payerOrganizationId", "customer-" + (i % 50)).append("outbox", List.of()));
            if (batch.size() == 1_000) {
                mongo.getCollection("orders").insertMany(batch);
                batch.clear();
            }
        }
    }

    private static String orderId(String partner, int i) {
        return String.format("ord-%s-%06d", partner, i);
    }
}
