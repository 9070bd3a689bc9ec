package io.partnerhub.billing.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.partnership.persistence.PartnershipDocument;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.partnerhub.billing.it.CollaboratorRightsFixture.granted;
import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Terms in force at once: once partnership-service confirmed a change, billing's next request acts on
 * it, whatever its read model (fed by the events, which lag) still says. The owner stand-in and the
 * read model are made to disagree on purpose; the owner wins every time it can answer.
 */
class TermsInForceIT extends BillingFlowSupport {

    private static final ObjectMapper JSON_READER = new ObjectMapper();

    @Test
    void accessNarrowedAtTheOwnerRefusesThePartnersOrderWhileTheReadModelStillSaysFull() throws Exception {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        // the customer narrows the access to mail only; partnership-service confirmed it, the event is not here yet
        OWNER.put(PartnershipOwnerStandIn.Terms.limited(ids.partnership, ids.partner, ids.customer, 2, "MAIL_HOSTING"));
        assertThat(readModel(ids.partnership).access()).isEqualTo("FULL");

        assertRefused(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1), null),
                "PRODUCT_NOT_GRANTED");
        assertThat(ordersOf(ids.customer)).as("nothing stored").isEmpty();
        Map<String, Object> mail = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "mail-hosting", 1), null).getResponseBody();
        assertThat(line(mail).get("benefitReason")).isEqualTo("NONE_LIMITED_PARTNER_ORDERS");
        assertThat(mail.get("termsSource")).isEqualTo("OWNER");

        // billing asked as itself: its own client-credentials token (role SERVICE), for this partner, customer and user
        PartnershipOwnerStandIn.Received asked = OWNER.received().stream()
                .filter(received -> ids.partner.equals(received.query().get("partnerId"))).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(asked.query()).containsEntry("customerId", ids.customer)
                .containsEntry("userId", "user-of-" + ids.partner);
        JsonNode claims = claims(asked.authorization());
        assertThat(claims.path("sub").asText()).isEqualTo("billing-service");
        assertThat(claims.path("roles").toString()).contains("SERVICE");
        // the owner's answer refreshed the fallback (version-guarded, as an event would)
        assertThat(readModel(ids.partnership).access()).isEqualTo("LIMITED");
        assertThat(readModel(ids.partnership).aggregateVersion()).isEqualTo(2);
    }

    @Test
    void liveFullAccessAtTheOwnerEarnsCashbackBeforeTheReadModelHeardOfThePartnership() {
        Ids ids = new Ids();
        // the customer accepted the invitation a moment ago: only the owner knows yet
        OWNER.put(PartnershipOwnerStandIn.Terms.full(ids.partnership, ids.partner, ids.customer, "CUSTOMER", 1));
        assertThat(mongo.findById(ids.partnership, PartnershipDocument.class)).isNull();

        Map<String, Object> own = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 35), null).getResponseBody();

        assertThat(own.get("partnerId")).isEqualTo(ids.partner);
        assertThat(own.get("partnershipId")).isEqualTo(ids.partnership);
        assertThat(own.get("termsSource")).isEqualTo("OWNER");
        Map<String, Object> seenByPartner = get("/orders/" + own.get("orderId"), legalRep(ids.partner)).getResponseBody();
        assertThat(line(seenByPartner).get("benefitReason")).isEqualTo("R19_FULL_CUSTOMER_MEANS_CUSTOMER_ORDERS");
        awaitBalance(ids.partner, "52.08");
    }

    @Test
    void endedAtTheOwnerMeansNoCashbackNoPartnerAccessAndNoExportThoughTheReadModelSaysLive() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        Map<String, Object> before = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null).getResponseBody();
        assertThat(before.get("partnerId")).isEqualTo(ids.partner);
        assertThat(get("/orders/" + before.get("orderId"), legalRep(ids.partner)).getStatus().value()).isEqualTo(200);
        awaitBalance(ids.partner, "1.98");

        OWNER.end(ids.partnership); // confirmed to the customer; PartnershipTerminated not consumed yet
        assertThat(readModel(ids.partnership).live()).isTrue();

        Map<String, Object> after = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null).getResponseBody();
        assertThat(after.get("partnerId")).as("nobody's partner order").isNull();
        assertThat(after.get("termsSource")).isEqualTo("OWNER");
        assertThat(get("/orders/" + before.get("orderId"), legalRep(ids.partner)).getStatus().value())
                .as("the former partner no longer reads the customer's orders").isEqualTo(404);
        assertThat(get("/orders/" + before.get("orderId"), legalRep(ids.customer)).getStatus().value()).isEqualTo(200);
        assertThat(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1), null)
                .getStatus().value()).isEqualTo(404);
        assertThat(post("/orders/" + before.get("orderId") + "/renewals", legalRep(ids.partner), Map.of(), null)
                .getStatus().value()).isEqualTo(404);
        assertThat(exportCsv(ids.partner)).as("header only: no live customer").hasSize(1);
        Map<String, Object> preview = get("/partnerships/" + ids.partnership + "/termination-preview",
                legalRep(ids.partner)).getResponseBody();
        assertThat(preview.get("live")).isEqualTo(false);
        assertThat(preview.get("readModelVersion")).isEqualTo(1);
        assertThat(getList("/partners/" + ids.partner + "/wallet/entries?currency=CHF", legalRep(ids.partner)))
                .as("the order after the end earned nothing").hasSize(1);
    }

    @Test
    void thePaymentModeAtTheOwnerDecidesDiscountOrCashback() {
        Ids ids = new Ids();
        PartnershipStarted started = started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER));
        sendAndAwait(started);
        PartnershipOwnerStandIn.Terms customerMeans = OWNER.terms(ids.partnership).orElseThrow();

        OWNER.put(customerMeans.withPaymentMode("PARTNER", 2)); // the read model still says CUSTOMER
        Map<String, Object> partnerPays = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "swiss-backup", 40), null).getResponseBody();
        assertThat(partnerPays.get("paidBy")).isEqualTo("PARTNER");
        assertThat(line(partnerPays).get("benefit")).isEqualTo("DISCOUNT");
        assertThat(line(partnerPays).get("benefitReason")).isEqualTo("R20_FULL_PARTNER_MEANS_PARTNER_ORDERS");
        assertThat(get("/partnerships/" + ids.partnership + "/termination-preview", legalRep(ids.partner))
                .getResponseBody()).containsEntry("paymentMode", "PARTNER").containsEntry("partnershipVersion", 2);

        OWNER.put(customerMeans.withPaymentMode("CUSTOMER", 3)); // and back; the read model was fed PARTNER (v2)
        assertThat(readModel(ids.partnership).paymentMode()).isEqualTo("PARTNER");
        Map<String, Object> customerPays = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "swiss-backup", 40), null).getResponseBody();
        assertThat(customerPays.get("paidBy")).isEqualTo("CUSTOMER");
        assertThat(line(customerPays).get("benefit")).isEqualTo("CASHBACK");
        assertThat(line(customerPays).get("benefitReason")).isEqualTo("R19_FULL_CUSTOMER_MEANS_PARTNER_ORDERS");
    }

    @Test
    void theOwnerSaysTheCollaboratorMayNotManageTheCustomerThoughTheReadModelStillGrantsIt() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        String bob = "bob-" + ids.suffix;
        String bobsToken = EmbeddedPlatform.shared().tokens().issue(bob, ids.partner, Set.of("COLLABORATOR"));
        // the grant reached the read model, but the partner has withdrawn it since (confirmed at the owner)
        sendRightsToReadModelOnly(granted(ids.partner, bob, 2, ids.customer));

        EntityExchangeResult<Map<String, Object>> refused = post("/orders", bobsToken,
                order(ids.customer, "CHF", null, "web-hosting", 1), null);
        assertThat(refused.getStatus().value()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ordersOf(ids.customer)).isEmpty();

        OWNER.assign(ids.partner, bob, ids.customer);
        assertThat(post("/orders", bobsToken, order(ids.customer, "CHF", null, "web-hosting", 1), null)
                .getStatus().value()).isEqualTo(201);
        OWNER.withdraw(ids.partner, bob);
        assertThat(post("/orders", bobsToken, order(ids.customer, "CHF", null, "web-hosting", 1), null)
                .getStatus().value()).isEqualTo(403);
    }

    @Test
    void ownerAnswering500FailsThePartnerClosedAndTheCustomerFallsBackToTheReadModel() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        Map<String, Object> earlier = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null).getResponseBody();
        OWNER.failing();

        assertUnavailable(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1),
                "k-" + ids.suffix));
        assertThat(ordersOf(ids.customer)).as("nothing stored").hasSize(1);
        assertUnavailable(get("/orders/" + earlier.get("orderId"), legalRep(ids.partner)));
        assertUnavailable(get("/partnerships/" + ids.partnership + "/termination-preview", legalRep(ids.partner)));
        assertThat(client.get().uri("/partners/" + ids.partner + "/billing-export.csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + legalRep(ids.partner)).exchange()
                .returnResult(String.class).getStatus().value()).isEqualTo(503);
        assertThat(get("/orders/" + earlier.get("orderId"), legalRep(ids.customer)).getStatus().value())
                .as("the customer reads its orders without asking anyone").isEqualTo(200);

        EntityExchangeResult<Map<String, Object>> own = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 1), null);
        assertThat(own.getStatus().value()).isEqualTo(201);
        assertThat(own.getResponseBody().get("termsSource")).isEqualTo("READ_MODEL");
        assertThat(own.getResponseBody().get("partnerId")).isEqualTo(ids.partner);
        assertThat(mongo.findById((String) own.getResponseBody().get("orderId"), OrderDocument.class).termsSource())
                .isEqualTo("READ_MODEL");

        OWNER.answering();
        EntityExchangeResult<Map<String, Object>> retried = post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", null, "web-hosting", 1), "k-" + ids.suffix);
        assertThat(retried.getStatus().value()).as("the refused attempt left nothing to replay").isEqualTo(201);
        assertThat(retried.getResponseBody().get("termsSource")).isEqualTo("OWNER");
    }

    @Test
    void ownerStoppedFailsThePartnerClosedAndTheCustomerStillBuys() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        OWNER.stopped();

        assertUnavailable(post("/orders", legalRep(ids.partner), order(ids.customer, "CHF", null, "web-hosting", 1),
                null));
        assertUnavailable(post("/orders", token(ids.partner, "COLLABORATOR"),
                order(ids.customer, "CHF", null, "web-hosting", 1), null));
        assertThat(ordersOf(ids.customer)).isEmpty();

        EntityExchangeResult<Map<String, Object>> own = post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 35), null);
        assertThat(own.getStatus().value()).isEqualTo(201);
        assertThat(own.getResponseBody().get("termsSource")).isEqualTo("READ_MODEL");
        assertThat(own.getResponseBody().get("partnerId")).isEqualTo(ids.partner);
        awaitBalance(ids.partner, "52.08");
    }

    @Test
    void theBillingExportAsksTheOwnerOnceAndCoversOnlyCustomersWithALivePartnershipNow() {
        Ids ids = new Ids();
        String otherCustomer = "other-" + ids.customer;
        String otherPartnership = "ps-other-" + ids.suffix;
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.CUSTOMER)));
        sendAndAwait(started(otherPartnership, ids.partner, otherCustomer, full(PaymentMode.CUSTOMER)));
        post("/orders", legalRep(ids.customer), order(ids.customer, "CHF", null, "web-hosting", 1), null);
        post("/orders", legalRep(otherCustomer), order(otherCustomer, "CHF", null, "domain-ch", 1), null);
        assertThat(exportCsv(ids.partner)).hasSize(3);

        OWNER.end(otherPartnership);
        int asked = OWNER.received().size();
        List<String> csv = exportCsv(ids.partner);

        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains(ids.customer).doesNotContain(otherCustomer);
        assertThat(OWNER.received().subList(asked, OWNER.received().size()))
                .extracting(PartnershipOwnerStandIn.Received::query)
                .containsExactly(Map.of("partnerId", ids.partner));
    }

    private void sendRightsToReadModelOnly(PartnerCollaboratorRightsChanged event) {
        try {
            kafka.send(Topic.PARTNER_STATES.topicName(), event.getPartnerId(),
                    CollaboratorRightsFixture.stateAfter(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                Query.query(where("partnerId").is(event.getPartnerId()).and("userId").is(event.getCollaboratorUserId())
                        .and("aggregateVersion").gte(event.getMetadata().getAggregateVersion())), "collaborator_rights"));
    }

    private PartnershipDocument readModel(String partnershipId) {
        return mongo.findById(partnershipId, PartnershipDocument.class);
    }

    private List<OrderDocument> ordersOf(String customerId) {
        return mongo.find(Query.query(where("customerId").is(customerId)), OrderDocument.class);
    }

    private List<String> exportCsv(String partnerId) {
        String body = client.get().uri("/partners/" + partnerId + "/billing-export.csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + legalRep(partnerId)).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
        return body.lines().toList();
    }

    private static void assertUnavailable(EntityExchangeResult<Map<String, Object>> result) {
        assertThat(result.getStatus().value()).isEqualTo(503);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result.getResponseBody().get("status")).isEqualTo(503);
    }

    private static JsonNode claims(String authorization) throws Exception {
        String jwt = authorization.substring("Bearer ".length());
        return JSON_READER.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }
}
