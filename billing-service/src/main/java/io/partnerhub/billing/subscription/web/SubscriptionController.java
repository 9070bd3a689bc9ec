package io.partnerhub.billing.subscription.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.billing.subscription.SubscriptionChange;
import io.partnerhub.billing.subscription.SubscriptionRuleException;
import io.partnerhub.billing.subscription.application.SubscriptionAccess;
import io.partnerhub.kit.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A customer's subscriptions: one per product bought, renewing at the end of each period. Changes
 * (auto-renewal, the next period's quantity, cancellation at the period's end) apply from the next
 * renewal on; the period paid is never changed.
 */
@RestController
@RequestMapping("/subscriptions")
class SubscriptionController {

    private final SubscriptionAccess access;

    SubscriptionController(SubscriptionAccess access) {
        this.access = access;
    }

    record SubscriptionView(String subscriptionId, String customerId, String productId, String category,
                            String currency, String period, int quantity, int nextQuantity, boolean autoRenew,
                            boolean cancelAtPeriodEnd, String status, Instant startedAt, Instant renewsAt,
                            String payerOrganizationId, String lapseReason, Instant lapsedAt, long version) {

        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.id(), subscription.customerId(), subscription.productId(),
                    subscription.category().name(), subscription.currency().name(), subscription.period().name(),
                    subscription.quantity(), subscription.nextQuantity(), subscription.autoRenew(),
                    subscription.cancelAtPeriodEnd(), subscription.status().name(), subscription.startedAt(),
                    subscription.active() ? subscription.renewsAt() : null, subscription.payerOrganizationId(),
                    subscription.lapseReason() == null ? null : subscription.lapseReason().name(),
                    subscription.lapsedAt(), subscription.version());
        }
    }

    /** Every field is optional; {@code cancelAtPeriodEnd: true} is final. */
    record ChangeBody(Boolean autoRenew, @Min(1) @Max(10_000) Integer nextQuantity, Boolean cancelAtPeriodEnd) {
    }

    @GetMapping
    List<SubscriptionView> ofCustomer(Caller caller, @RequestParam @NotBlank @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String customerId) {
        return access.ofCustomer(caller, customerId).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{subscriptionId}")
    SubscriptionView read(Caller caller, @PathVariable @Pattern(regexp = IdFormats.SUBSCRIPTION, message = IdFormats.SUBSCRIPTION_MESSAGE) String subscriptionId) {
        return SubscriptionView.of(access.read(caller, subscriptionId));
    }

    @PatchMapping("/{subscriptionId}")
    SubscriptionView change(Caller caller, @PathVariable @Pattern(regexp = IdFormats.SUBSCRIPTION, message = IdFormats.SUBSCRIPTION_MESSAGE) String subscriptionId, @Valid @RequestBody ChangeBody body) {
        return SubscriptionView.of(access.change(caller, subscriptionId,
                new SubscriptionChange(body.autoRenew(), body.nextQuantity(), body.cancelAtPeriodEnd())));
    }

    @ExceptionHandler(SubscriptionRuleException.class)
    ProblemDetail refused(SubscriptionRuleException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setType(URI.create("urn:partnerhub:billing:subscription-rule"));
        problem.setTitle("Not allowed in the subscription's state");
        return problem;
    }
}
