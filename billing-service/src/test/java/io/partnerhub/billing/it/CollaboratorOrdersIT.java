package io.partnerhub.billing.it;

import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.CollaboratorRightsFixture.grantedAllCustomers;
import static io.partnerhub.billing.it.CollaboratorRightsFixture.withdrawn;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R5: a collaborator orders only where assigned — as partnership-service answers it when the order is
 * placed; the rights also arrive over Kafka into billing's read model (version-guarded).
 */
class CollaboratorOrdersIT extends BillingFlowSupport {

    @Autowired
    CollaboratorRightsStore rights;

    @Test
    void collaboratorOrdersForAssignedCustomersOnlyUntilTheRightsAreWithdrawn() {
        Ids ids = new Ids();
        String otherCustomer = "other-" + ids.customer;
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        sendAndAwait(started("ps-other-" + ids.suffix, ids.partner, otherCustomer, full(PaymentMode.CUSTOMER)));
        String bob = "bob-" + ids.suffix;
        String bobsToken = collaborator(bob, ids.partner);
        assertForbidden(post("/orders", bobsToken, order(ids.customer, "CHF", null, "web-hosting", 1), null));

        sendRightsAndAwait(granted(ids.partner, bob, 3, ids.customer));

        EntityExchangeResult<Map<String, Object>> placed = post("/orders", bobsToken,
                order(ids.customer, "CHF", null, "web-hosting", 1), null);
        assertThat(placed.getStatus().value()).isEqualTo(201);
        assertThat(placed.getResponseBody().get("partnerId")).isEqualTo(ids.partner);
        assertThat(line(placed.getResponseBody()).get("benefitReason")).isEqualTo("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS");
        String orderId = (String) placed.getResponseBody().get("orderId");
        assertThat(post("/orders/" + orderId + "/renewals", bobsToken, Map.of(), null).getStatus().value()).isEqualTo(201);
        assertForbidden(post("/orders", bobsToken, order(otherCustomer, "CHF", null, "web-hosting", 1), null));
        assertForbidden(post("/orders", collaborator("carol-" + ids.suffix, ids.partner),
                order(ids.customer, "CHF", null, "web-hosting", 1), null));

        sendRightsAndAwait(withdrawn(ids.partner, bob, 4, ids.customer));

        assertForbidden(post("/orders", bobsToken, order(ids.customer, "CHF", null, "web-hosting", 1), null));
        assertForbidden(post("/orders/" + orderId + "/renewals", bobsToken, Map.of(), null));
    }

    @Test
    void aLateOrRedeliveredGrantDoesNotUndoAWithdrawal() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        String bob = "bob-" + ids.suffix;
        String carol = "carol-" + ids.suffix;
        PartnerCollaboratorRightsChanged grant = grantedAllCustomers(ids.partner, bob, 2);
        sendRightsAndAwait(withdrawn(ids.partner, bob, 3));

        send(withdrawn(ids.partner, bob, 3)); // redelivered
        send(grant);                           // late
        // same key, so same partition: once carol's later grant is stored, bob's stale events were consumed
        sendRightsAndAwait(grantedAllCustomers(ids.partner, carol, 4));

        assertThat(rights.find(ids.partner, bob).filter(stored -> stored.mayManage(ids.customer))).isEmpty();
        assertForbidden(post("/orders", collaborator(bob, ids.partner),
                order(ids.customer, "CHF", null, "web-hosting", 1), null));
        assertThat(post("/orders", collaborator(carol, ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1),
                null).getStatus().value()).isEqualTo(201);
    }

    private void send(PartnerCollaboratorRightsChanged event) {
        try {
            kafka.send(Topic.PARTNER_STATES.topicName(), event.getPartnerId(),
                    CollaboratorRightsFixture.stateAfter(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Confirmed at the owner (which billing asks) and published to billing's read model (awaited). */
    private void sendRightsAndAwait(PartnerCollaboratorRightsChanged event) {
        OWNER.confirm(event);
        send(event);
        long version = event.getMetadata().getAggregateVersion();
        await().atMost(Duration.ofSeconds(30)).until(() -> rights.appliedVersion(event.getPartnerId()) >= version);
    }

    private static String collaborator(String userId, String partnerId) {
        return EmbeddedPlatform.shared().tokens().issue(userId, partnerId, Set.of("COLLABORATOR"));
    }

    private static void assertForbidden(EntityExchangeResult<Map<String, Object>> result) {
        assertThat(result.getStatus().value()).isEqualTo(403);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result.getResponseBody().get("status")).isEqualTo(403);
    }
}
