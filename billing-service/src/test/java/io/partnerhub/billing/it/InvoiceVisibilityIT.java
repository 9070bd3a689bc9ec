package io.partnerhub.billing.it;

import io.partnerhub.billing.invoice.Invoice;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.events.partnership.PaymentMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static io.partnerhub.billing.it.PartnershipEventsFixture.full;
import static io.partnerhub.billing.it.PartnershipEventsFixture.started;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees an invoice has one definition, {@link Invoice#visibleTo} (R24); the store's queries agree with it. */
class InvoiceVisibilityIT extends BillingFlowSupport {

    @Autowired
    OrderStore orders;

    @Test
    void theStoreListsAndServesExactlyTheInvoicesTheDomainShowsEachOrganization() {
        Ids ids = new Ids();
        sendAndAwait(started(ids.partnership, ids.partner, ids.customer, full(PaymentMode.PARTNER)));
        Order paidByCustomer = placed(post("/orders", legalRep(ids.customer),
                order(ids.customer, "CHF", null, "web-hosting", 3), null).getResponseBody());
        Order paidByPartner = placed(post("/orders", legalRep(ids.partner),
                order(ids.customer, "CHF", "PARTNER", "web-hosting", 3), null).getResponseBody());
        List<Invoice> invoices = List.of(paidByCustomer.invoice(), paidByPartner.invoice());
        assertThat(invoices).extracting(Invoice::payerOrganizationId).containsExactly(ids.customer, ids.partner);

        for (String organization : List.of(ids.customer, ids.partner, "stranger-" + ids.suffix)) {
            List<String> visible = invoices.stream().filter(invoice -> invoice.visibleTo(organization))
                    .map(Invoice::invoiceId).toList();
            assertThat(orders.invoicesVisibleTo(organization, 0, 500)).extracting(OrderDocument::invoiceId)
                    .containsExactlyInAnyOrderElementsOf(visible);
            assertThat(getList("/invoices", legalRep(organization))).extracting(invoice -> invoice.get("invoiceId"))
                    .containsExactlyInAnyOrderElementsOf(visible);
            for (Invoice invoice : invoices) {
                assertThat(get("/invoices/" + invoice.invoiceId(), legalRep(organization)).getStatus().value())
                        .as("%s reading %s", organization, invoice.invoiceId())
                        .isEqualTo(invoice.visibleTo(organization) ? 200 : 404);
            }
        }
    }

    private Order placed(Map<String, Object> view) {
        return orders.find((String) view.get("orderId")).orElseThrow().toOrder();
    }
}
