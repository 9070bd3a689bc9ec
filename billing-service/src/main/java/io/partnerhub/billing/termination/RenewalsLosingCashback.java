package io.partnerhub.billing.termination;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.subscription.ScheduledRenewal;
import io.partnerhub.billing.subscription.Subscription;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * For a partnership about to end: the customer's live subscriptions whose next renewal, priced under
 * the terms in force now, would earn the partnership cashback (R19). Ending it stops that from the
 * next renewal on (R25); each is given with its date and the cashback it would have earned.
 */
public final class RenewalsLosingCashback {

    private final ScheduledRenewal scheduled;

    public RenewalsLosingCashback(ScheduledRenewal scheduled) {
        this.scheduled = scheduled;
    }

    public record Renewal(String subscriptionId, String productId, String category, int quantity, Instant renewsAt,
                          Money cashback) {
    }

    public List<Renewal> of(String partnershipId, List<Subscription> subscriptionsOfCustomer,
                            List<PartnershipTerms> liveOfCustomer) {
        return subscriptionsOfCustomer.stream().filter(Subscription::active)
                .flatMap(subscription -> earning(partnershipId, subscription, liveOfCustomer).stream())
                .sorted(Comparator.comparing(Renewal::renewsAt).thenComparing(Renewal::subscriptionId))
                .toList();
    }

    private Optional<Renewal> earning(String partnershipId, Subscription subscription,
                                      List<PartnershipTerms> liveOfCustomer) {
        if (!(scheduled.decide(subscription, liveOfCustomer, subscription.renewsAt())
                instanceof ScheduledRenewal.Renew renew)) {
            return Optional.empty();
        }
        Order order = renew.order();
        Money cashback = order.cashbackTotal();
        if (!partnershipId.equals(order.partnershipId()) || cashback.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Renewal(subscription.id(), subscription.productId(), subscription.category().name(),
                order.lines().get(0).quantity(), subscription.renewsAt(), cashback));
    }
}
