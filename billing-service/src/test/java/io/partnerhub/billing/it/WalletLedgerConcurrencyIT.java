package io.partnerhub.billing.it;

import io.partnerhub.billing.benefit.BenefitReason;
import io.partnerhub.billing.benefit.Orderer;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.money.Rate;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.pricing.LinePrice;
import io.partnerhub.billing.pricing.ProductCategory;
import io.partnerhub.billing.wallet.application.WalletPostings;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.events.common.EventMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Concurrent and duplicated bookings on one wallet: one entry per order, gap-free numbers, balance = sum. */
class WalletLedgerConcurrencyIT extends BillingIntegrationTest {

    @Autowired
    WalletPostings postings;
    @Autowired
    MongoTemplate mongo;

    @Test
    void concurrentDuplicatedCreditsAndDebitsStayConsistent() throws Exception {
        String partner = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        List<Placed> orders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            orders.add(i % 3 == 2 ? order(partner, i, Payer.PARTNER, "10.00") : order(partner, i, Payer.CUSTOMER, "7.00"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Placed placed : orders) {
                done.add(pool.submit(() -> postings.onOrderPlaced(placed.order(), placed.cause())));
                // a redelivery, at the same time
                done.add(pool.submit(() -> postings.onOrderPlaced(placed.order(), placed.cause())));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        List<LedgerEntryDocument> entries = mongo.find(Query.query(where("partnerId").is(partner))
                .with(Sort.by("sequence")), LedgerEntryDocument.class);
        assertThat(entries).extracting(LedgerEntryDocument::sourceKey).doesNotHaveDuplicates();
        assertThat(entries).extracting(LedgerEntryDocument::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, entries.size()).boxed().toList());
        assertThat(entries.stream().filter(e -> e.type().equals("CASHBACK_CREDIT"))).hasSize(20);
        BigDecimal running = BigDecimal.ZERO;
        for (LedgerEntryDocument entry : entries) {
            running = running.add(new BigDecimal(entry.amount()));
            assertThat(new BigDecimal(entry.balanceAfter())).isEqualByComparingTo(running);
            assertThat(running.signum()).isGreaterThanOrEqualTo(0);
        }
    }

    private static Placed order(String partner, int n, Payer payer, String benefitAmount) {
        String orderId = partner + "-order-" + n;
        Money publicPrice = chf("50.00");
        LinePrice price = new LinePrice(publicPrice, Rate.ZERO, publicPrice, Rate.percent(20),
                publicPrice.minus(chf(benefitAmount)), publicPrice.minus(chf(benefitAmount)));
        BenefitReason reason = payer == Payer.PARTNER ? BenefitReason.R20_FULL_PARTNER_MEANS_PARTNER_ORDERS
                : BenefitReason.R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS;
        Order order = new Order(orderId, "customer-" + partner, partner, "ps",
                payer == Payer.PARTNER ? Orderer.PARTNER : Orderer.CUSTOMER, payer, false, Currency.CHF,
                List.of(new OrderLine(1, "web-hosting", ProductCategory.WEB_HOSTING, 1, price, reason, null)), Instant.now());
        EventMetadata cause = EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setCorrelationId("c").setAggregateId(orderId).setAggregateVersion(1).build();
        return new Placed(order, cause);
    }

    /** An order as stored, and the OrderPlaced metadata that announced it. */
    private record Placed(Order order, EventMetadata cause) {
    }

    private static Money chf(String amount) {
        return Money.of(amount, Currency.CHF);
    }
}
