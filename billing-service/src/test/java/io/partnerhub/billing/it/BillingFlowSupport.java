package io.partnerhub.billing.it;

import io.partnerhub.billing.partnership.persistence.PartnershipDocument;
import io.partnerhub.billing.wallet.persistence.LedgerEntryDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnershipState;
import io.partnerhub.testing.PublishedEvents;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Shared by the billing flow ITs: partnership changes in (confirmed at the owner stand-in and
 * published to billing's read model, or only one of the two), published events out, helpers.
 */
abstract class BillingFlowSupport extends BillingIntegrationTest {

    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;
    @Autowired
    MongoTemplate mongo;

    final List<PartnershipState> sentPartnershipStates = new ArrayList<>();

    @BeforeEach
    void readPublishedTopics() {
        PublishedEvents.read(Topic.ORDERS, Topic.WALLETS, Topic.PARTNER_VOLUMES);
    }

    /**
     * A change partnership-service confirmed: the owner serves it from now on, and its event reaches
     * billing's read model (awaited) — the steady state, where both agree.
     */
    void sendAndAwait(SpecificRecord event) {
        OWNER.confirm(event);
        toReadModelOnly(event);
    }

    /** Only billing's read model hears of it (the owner knows otherwise, or not yet): the event, awaited. */
    void toReadModelOnly(SpecificRecord event) {
        io.partnerhub.events.common.EventMetadata metadata =
                (io.partnerhub.events.common.EventMetadata) event.get(0);
        String partnershipId = metadata.getAggregateId();
        try {
            PartnershipState state = PartnershipEventsFixture.stateAfter(event);
            kafka.send(Topic.PARTNERSHIP_STATES.topicName(), partnershipId, state).get();
            sentPartnershipStates.add(state);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            PartnershipDocument document = mongo.findById(partnershipId, PartnershipDocument.class);
            return document != null && document.aggregateVersion() >= metadata.getAggregateVersion();
        });
    }

    void awaitBalance(String partnerId, String balance) {
        awaitBalance(partnerId, "CHF", balance);
    }

    void awaitBalance(String partnerId, String currency, String balance) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(getList("/partners/" + partnerId + "/wallet", legalRep(partnerId)))
                        .filteredOn(wallet -> currency.equals(wallet.get("currency")))
                        .extracting(wallet -> wallet.get("balance")).containsExactly(balance));
    }

    BigDecimal sumOfEntries(String partnerId) {
        return mongo.find(Query.query(where("partnerId").is(partnerId).and("currency").is("CHF")),
                LedgerEntryDocument.class).stream().map(e -> new BigDecimal(e.amount())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    static void assertRefused(EntityExchangeResult<Map<String, Object>> result, String refusal) {
        assertThat(result.getStatus().value()).isEqualTo(403);
        assertThat(result.getResponseBody().get("refusal")).isEqualTo(refusal);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lines(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("lines");
    }

    static Map<String, Object> line(Map<String, Object> order) {
        return lines(order).get(0);
    }

    static final class Ids {
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final String partner = "partner-" + suffix;
        final String customer = "customer-" + suffix;
        /** A lowercase UUID, the format partnership-service generates (and billing's edge checks). */
        final String partnership = UUID.randomUUID().toString();
    }
}
