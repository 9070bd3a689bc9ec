package io.partnerhub.billing.subscription;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.Payer;
import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.order.ManagingPartnership;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderRequest;
import io.partnerhub.billing.order.RequestedLine;
import io.partnerhub.billing.pricing.PriceList;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a due subscription's renewal date brings: a renewal order placed under the partnership terms
 * in force THEN (R25), or a lapse with its reason. Pure: the caller supplies the customer's live
 * partnerships as partnership-service answers them at that moment.
 *
 * <p>Who renews follows the payment mode then. Under full access with the partner paying, the partner
 * renews for its customer with its own means: it gets the discount (R20) and the invoice. Otherwise
 * the customer renews and pays; the partnership managing the product, if any, earns cashback (R19).
 * Without a live partnership the customer pays and nobody earns — except a subscription the partner
 * bought with its own means, which lapses ({@link LapseReason#NO_LIVE_PARTNERSHIP}).
 */
public final class ScheduledRenewal {

    /** What the renewal date brings. */
    public sealed interface Outcome permits Renew, Lapse {
    }

    /** Renew with this order (not yet stored). */
    public record Renew(Order order) implements Outcome {
    }

    /** End at the period's end. */
    public record Lapse(LapseReason reason) implements Outcome {
    }

    private final Checkout checkout;
    private final PriceList priceList;

    public ScheduledRenewal(Checkout checkout, PriceList priceList) {
        this.checkout = checkout;
        this.priceList = priceList;
    }

    /** Decided before anyone is asked about the partnership: the renewal cannot happen whatever the terms. */
    public Optional<Lapse> lapseRegardlessOfTerms(Subscription subscription) {
        if (subscription.cancelAtPeriodEnd()) {
            return Optional.of(new Lapse(LapseReason.CANCELLED));
        }
        if (!subscription.autoRenew()) {
            return Optional.of(new Lapse(LapseReason.AUTO_RENEWAL_OFF));
        }
        boolean sold = priceList.find(subscription.productId())
                .filter(product -> product.soldIn(subscription.currency())).isPresent();
        return sold ? Optional.empty() : Optional.of(new Lapse(LapseReason.PRODUCT_WITHDRAWN));
    }

    public Outcome decide(Subscription subscription, List<PartnershipTerms> liveOfCustomer, Instant now) {
        var lapse = lapseRegardlessOfTerms(subscription);
        if (lapse.isPresent()) {
            return lapse.get();
        }
        List<RequestedLine> line = List.of(new RequestedLine(subscription.productId(), subscription.nextQuantity(),
                subscription.id()));
        PartnershipTerms managing = ManagingPartnership.choose(liveOfCustomer, line, priceList).orElse(null);
        String orderId = orderIdFor(subscription);
        if (managing != null && managing.partnerPays()) {
            return new Renew(checkout.placeByPartner(orderId, request(subscription, line, Payer.PARTNER), managing, now));
        }
        if (managing == null && subscription.startedPaidBy() == Payer.PARTNER) {
            return new Lapse(LapseReason.NO_LIVE_PARTNERSHIP);
        }
        return new Renew(checkout.placeByCustomer(orderId, request(subscription, line, null), liveOfCustomer, now));
    }

    /**
     * Who would pay the renewal under these terms: whom a reminder goes to. The renewal itself asks
     * the owner again on its date, so a change in between still counts (R25).
     */
    public String expectedPayer(Subscription subscription, List<PartnershipTerms> liveOfCustomer) {
        List<RequestedLine> line = List.of(new RequestedLine(subscription.productId(), subscription.nextQuantity()));
        PartnershipTerms managing = priceList.find(subscription.productId()).isEmpty() ? null
                : ManagingPartnership.choose(liveOfCustomer, line, priceList).orElse(null);
        if (managing != null && managing.partnerPays()) {
            return managing.partnerId();
        }
        return managing == null && subscription.startedPaidBy() == Payer.PARTNER
                ? subscription.payerOrganizationId() : subscription.customerId();
    }

    /**
     * The renewal order's id, one per subscription and period: every instance that decides this renewal
     * derives the same id, and the order store's unique id lets only one of them place it.
     */
    public static String orderIdFor(Subscription subscription) {
        String renewal = subscription.id() + "|renewal|" + subscription.periodsPaid() + "|" + subscription.startedAt();
        return "ord-" + UUID.nameUUIDFromBytes(renewal.getBytes(StandardCharsets.UTF_8));
    }

    private static OrderRequest request(Subscription subscription, List<RequestedLine> line, Payer payer) {
        return new OrderRequest(subscription.customerId(), subscription.currency(), line, true, payer);
    }
}
