package io.partnerhub.billing.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5, least privilege for reading: a partner's collaborator reads the orders of the customers its
 * right names (404 for the others, like an object out of reach) and never the partner's money —
 * invoices, billing CSV, wallet and ledger answer 403. Its legal representative keeps everything.
 */
class CollaboratorReadsIT extends BillingFlowSupport {

    private Ids ids;
    private String orderId;
    private String invoiceId;

    @BeforeEach
    void aPartnerPaidOrderForTheCustomer() {
        ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.PARTNER)));
        sendAndAwait(started("ps-other-" + ids.suffix, ids.partner, otherCustomer(), full(PaymentMode.PARTNER)));
        EntityExchangeResult<Map<String, Object>> placed = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", "PARTNER", "web-hosting", 2), null);
        assertThat(placed.getStatus().value()).isEqualTo(201);
        orderId = (String) placed.getResponseBody().get("orderId");
        invoiceId = (String) placed.getResponseBody().get("invoiceId");
        assertThat(invoiceId).isNotNull();
    }

    @Test
    void aCollaboratorWithARightNamingTheCustomerReadsItsOrdersButNotThePartnersMoney() {
        String ann = "ann-" + ids.suffix;
        confirmRights(granted(ids.partner, ann, 1, ids.customer));
        String token = collaborator(ann);

        EntityExchangeResult<Map<String, Object>> order = get("/orders/" + orderId, token);
        assertThat(order.getStatus().value()).isEqualTo(200);
        assertThat(order.getResponseBody().get("total")).isNotNull();
        assertMoneyForbidden(token);
    }

    @Test
    void aCollaboratorWithARightNamingAnotherCustomerGetsNotFoundForTheOrder() {
        String ben = "ben-" + ids.suffix;
        confirmRights(granted(ids.partner, ben, 1, otherCustomer()));
        String token = collaborator(ben);

        assertNotFound(get("/orders/" + orderId, token));
        assertMoneyForbidden(token);
    }

    @Test
    void aCollaboratorWithoutAnyRightGetsNotFoundForTheOrder() {
        String token = collaborator("cid-" + ids.suffix);

        assertNotFound(get("/orders/" + orderId, token));
        assertMoneyForbidden(token);
    }

    @Test
    void theLegalRepresentativeKeepsEverything() {
        String token = legalRep(ids.partner);

        assertThat(get("/orders/" + orderId, token).getStatus().value()).isEqualTo(200);
        assertThat(getList("/invoices", token)).extracting(invoice -> invoice.get("invoiceId")).contains(invoiceId);
        assertThat(get("/invoices/" + invoiceId, token).getStatus().value()).isEqualTo(200);
        assertThat(getList("/partners/" + ids.partner + "/wallet", token)).isNotEmpty();
        assertThat(getList("/partners/" + ids.partner + "/wallet/entries?currency=CHF", token)).isNotNull();
        EntityExchangeResult<String> export = getText("/partners/" + ids.partner + "/billing-export.csv", token);
        assertThat(export.getStatus().value()).isEqualTo(200);
        assertThat(export.getResponseBody()).contains(orderId);
    }

    @Test
    void anAdminOfThePartnerReadsTheMoneyToo() {
        String token = token(ids.partner, "ADMIN");

        assertThat(get("/invoices/" + invoiceId, token).getStatus().value()).isEqualTo(200);
        assertThat(getText("/partners/" + ids.partner + "/billing-export.csv", token).getStatus().value())
                .isEqualTo(200);
    }

    private void assertMoneyForbidden(String token) {
        for (String uri : List.of("/invoices", "/invoices/" + invoiceId, "/partners/" + ids.partner + "/wallet",
                "/partners/" + ids.partner + "/wallet/entries?currency=CHF",
                "/partners/" + ids.partner + "/billing-export.csv")) {
            EntityExchangeResult<String> result = getText(uri, token);
            assertThat(result.getStatus().value()).as(uri).isEqualTo(403);
            assertThat(result.getResponseHeaders().getContentType()).as(uri).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseBody()).as(uri).contains("Only the partner's legal representatives and admins");
        }
    }

    private static void assertNotFound(EntityExchangeResult<Map<String, Object>> result) {
        assertThat(result.getStatus().value()).isEqualTo(404);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private EntityExchangeResult<String> getText(String uri, String token) {
        return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT, "text/csv, application/json, application/problem+json").exchange()
                .returnResult(String.class);
    }

    /** The right as partnership-service answers it now (billing decides on that answer, not on its read model). */
    private void confirmRights(PartnerCollaboratorRightsChanged event) {
        OWNER.confirm(event);
        try {
            kafka.send(Topic.PARTNER_STATES.topicName(), event.getPartnerId(),
                    CollaboratorRightsFixture.stateAfter(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String otherCustomer() {
        return "other-" + ids.customer;
    }

    private String collaborator(String userId) {
        return EmbeddedPlatform.shared().tokens().issue(userId, ids.partner, Set.of("COLLABORATOR"));
    }
}
