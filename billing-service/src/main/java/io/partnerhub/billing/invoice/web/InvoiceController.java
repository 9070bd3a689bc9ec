package io.partnerhub.billing.invoice.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.collaborator.PartnerMoney;
import io.partnerhub.billing.order.persistence.OrderStore;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Invoices are visible only inside the organization that paid (R24): anyone else gets 404. Inside it,
 * only to its legal representatives and admins (R5): a collaborator gets 403, as it knows the
 * organization exists.
 */
@RestController
@RequestMapping("/invoices")
class InvoiceController {

    private final OrderStore orders;

    InvoiceController(OrderStore orders) {
        this.orders = orders;
    }

    @GetMapping
    List<InvoiceView> mine(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        requireMoneyReader(caller);
        return orders.invoicesVisibleTo(caller.organizationId(), page, size).stream().map(InvoiceView::of).toList();
    }

    @GetMapping("/{invoiceId}")
    InvoiceView get(Caller caller, @PathVariable @Pattern(regexp = IdFormats.INVOICE, message = IdFormats.INVOICE_MESSAGE) String invoiceId) {
        InvoiceView invoice = orders.findInvoice(invoiceId)
                .filter(order -> order.toOrder().invoice().visibleTo(caller.organizationId()))
                .map(InvoiceView::of)
                .orElseThrow(() -> new NotFoundException("No invoice " + invoiceId));
        requireMoneyReader(caller);
        return invoice;
    }

    private static void requireMoneyReader(Caller caller) {
        if (!PartnerMoney.readableBy(caller.roles())) {
            throw new ForbiddenException(PartnerMoney.REFUSAL);
        }
    }
}
