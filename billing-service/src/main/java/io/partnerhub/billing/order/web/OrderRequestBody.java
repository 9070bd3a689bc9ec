package io.partnerhub.billing.order.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * POST /orders. {@code paidBy} is optional: when omitted, the partnership decides (the partner's
 * means only under full access with partner payment mode).
 */
public record OrderRequestBody(@NotBlank @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String customerId, @NotNull Currency currency,
                               @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines, Boolean renewal,
                               Payer paidBy) {

    public record Line(@NotBlank String productId, @Min(1) @Max(10_000) int quantity) {
    }

    OrderRequest toRequest() {
        return new OrderRequest(customerId, currency,
                lines.stream().map(line -> new RequestedLine(line.productId(), line.quantity())).toList(),
                Boolean.TRUE.equals(renewal), paidBy);
    }
}
