package io.partnerhub.billing.it;

import io.partnerhub.billing.wallet.application.WalletPostings;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.events.billing.OrderLine;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.Orderer;
import io.partnerhub.events.billing.PartnerBenefit;
import io.partnerhub.events.billing.Payer;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Money;
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
        List<OrderPlaced> orders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            orders.add(i % 3 == 2 ? order(partner, i, Payer.PARTNER, PartnerBenefit.DISCOUNT, "10.00")
                    : order(partner, i, Payer.CUSTOMER, PartnerBenefit.CASHBACK, "7.00"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (OrderPlaced order : orders) {
                done.add(pool.submit(() -> postings.onOrderPlaced(order)));
                done.add(pool.submit(() -> postings.onOrderPlaced(order))); // a redelivery, at the same time
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

    private static OrderPlaced order(String partner, int n, Payer payer, PartnerBenefit benefit, String amount) {
        String orderId = partner + "-order-" + n;
        Money chf = money(amount);
        return OrderPlaced.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                        .setCorrelationId("c").setAggregateId(orderId).setAggregateVersion(1).build())
                .setOrderId(orderId).setCustomerId("customer-" + partner).setPartnerId(partner).setPartnershipId("ps")
                .setOrderedBy(payer == Payer.PARTNER ? Orderer.PARTNER : Orderer.CUSTOMER).setPaidBy(payer)
                .setLines(List.of(OrderLine.newBuilder().setProductId("web-hosting").setProductCategory("WEB_HOSTING")
                        .setQuantity(1).setPublicPrice(money("50.00")).setPricePaid(payer == Payer.PARTNER
                                ? money("40.00") : money("50.00"))
                        .setBenefit(benefit).setBenefitAmount(chf)
                        .setBenefitReason(payer == Payer.PARTNER ? "R20_FULL_PARTNER_MEANS_PARTNER_ORDERS"
                                : "R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS").build()))
                .setTotal(payer == Payer.PARTNER ? money("40.00") : money("50.00"))
                .build();
    }

    private static Money money(String amount) {
        return Money.newBuilder().setAmount(new BigDecimal(amount)).setCurrency(Currency.CHF).build();
    }
}
