package io.partnerhub.billing.invoice;

import io.partnerhub.billing.money.Money;

import java.time.Instant;

/**
 * An invoice, issued to the organization that paid and visible only inside it (R24). The products
 * stay the customer's ({@code customerId}) whoever pays.
 */
public record Invoice(String invoiceId, String orderId, String payerOrganizationId, String customerId,
                      Money total, Instant issuedAt) {

    public static String idFor(String orderId) {
        return "inv-" + orderId;
    }

    public boolean visibleTo(String organizationId) {
        return payerOrganizationId.equals(organizationId);
    }
}
