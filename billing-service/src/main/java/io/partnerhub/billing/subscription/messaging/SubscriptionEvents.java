package io.partnerhub.billing.subscription.messaging;

import io.partnerhub.billing.contact.BillingContact;
import io.partnerhub.billing.messaging.AvroMoney;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.order.OrderLine;
import io.partnerhub.billing.subscription.Subscription;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.BillingPeriod;
import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.billing.PartnerBenefit;
import io.partnerhub.events.billing.Payer;
import io.partnerhub.events.billing.SubscriptionChanged;
import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.billing.SubscriptionRenewed;
import io.partnerhub.events.billing.SubscriptionStarted;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The events of a subscription's changes, as outbox messages keyed by subscription id
 * (Topic.SUBSCRIPTIONS). {@code version} is the subscription's version after the change.
 */
@Component
public class SubscriptionEvents {

    private final EventMetadataFactory metadata;

    public SubscriptionEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    public List<OutboxMessage> started(Subscription subscription, Order order) {
        return one(subscription, SubscriptionStarted.newBuilder()
                .setMetadata(metadata.create(subscription.id(), subscription.version(), null, null, order.orderId()))
                .setSubscriptionId(subscription.id())
                .setCustomerId(subscription.customerId())
                .setProductId(subscription.productId())
                .setProductCategory(subscription.category().name())
                .setCurrency(Currency.valueOf(subscription.currency().name()))
                .setQuantity(subscription.quantity())
                .setPeriod(BillingPeriod.valueOf(subscription.period().name()))
                .setOrderId(order.orderId())
                .setPaidBy(Payer.valueOf(order.paidBy().name()))
                .setStartedAt(subscription.startedAt())
                .setRenewsAt(subscription.renewsAt())
                .build());
    }

    public List<OutboxMessage> renewed(Subscription renewed, Instant periodStart, Order order, OrderLine line) {
        return one(renewed, SubscriptionRenewed.newBuilder()
                .setMetadata(metadata.create(renewed.id(), renewed.version() + 1, null, null, order.orderId()))
                .setSubscriptionId(renewed.id())
                .setCustomerId(renewed.customerId())
                .setOrderId(order.orderId())
                .setProductId(line.productId())
                .setQuantity(line.quantity())
                .setPayerOrganizationId(order.payerOrganizationId())
                .setPaidBy(Payer.valueOf(order.paidBy().name()))
                .setPartnerId(order.partnerId())
                .setBenefit(PartnerBenefit.valueOf(line.benefit().name()))
                .setBenefitAmount(AvroMoney.toAvro(line.benefitAmount()))
                .setPricePaid(AvroMoney.toAvro(line.pricePaid()))
                .setPeriodStart(periodStart)
                .setRenewsAt(renewed.renewsAt())
                .build());
    }

    public List<OutboxMessage> changed(Subscription changed, Caller caller) {
        return one(changed, SubscriptionChanged.newBuilder()
                .setMetadata(metadata.create(changed.id(), changed.version() + 1, caller, null, null))
                .setSubscriptionId(changed.id())
                .setCustomerId(changed.customerId())
                .setAutoRenew(changed.autoRenew())
                .setNextQuantity(changed.nextQuantity())
                .setCancelAtPeriodEnd(changed.cancelAtPeriodEnd())
                .setRenewsAt(changed.renewsAt())
                .build());
    }

    public List<OutboxMessage> lapsed(Subscription lapsed, String productName, Optional<BillingContact> payer) {
        return one(lapsed, SubscriptionLapsed.newBuilder()
                .setMetadata(metadata.create(lapsed.id(), lapsed.version() + 1, null, null, null))
                .setSubscriptionId(lapsed.id())
                .setCustomerId(lapsed.customerId())
                .setProductId(lapsed.productId())
                .setProductName(productName)
                .setQuantity(lapsed.quantity())
                .setReason(LapseReason.valueOf(lapsed.lapseReason().name()))
                .setLapsedAt(lapsed.lapsedAt())
                .setPayerOrganizationId(lapsed.payerOrganizationId())
                .setPayerContact(payer.map(SubscriptionEvents::recipient).orElse(null))
                .build());
    }

    public List<OutboxMessage> reminder(Subscription reminded, String productName, String payerOrganizationId,
                                        Optional<BillingContact> payer, Instant now) {
        long hoursLeft = Duration.between(now, reminded.renewsAt()).toHours();
        return one(reminded, SubscriptionRenewalReminder.newBuilder()
                .setMetadata(metadata.create(reminded.id(), reminded.version() + 1, null, null, null))
                .setSubscriptionId(reminded.id())
                .setCustomerId(reminded.customerId())
                .setProductId(reminded.productId())
                .setProductName(productName)
                .setQuantity(reminded.nextQuantity())
                .setRenewsAt(reminded.renewsAt())
                .setDaysBefore((int) Math.max(1, (hoursLeft + 23) / 24))
                .setPayerOrganizationId(payerOrganizationId)
                .setPayerContact(payer.map(SubscriptionEvents::recipient).orElse(null))
                .build());
    }

    private static Recipient recipient(BillingContact contact) {
        return Recipient.newBuilder().setEmail(contact.email()).setLanguage(Language.valueOf(contact.language().name()))
                .setName(contact.name()).build();
    }

    private static List<OutboxMessage> one(Subscription subscription, org.apache.avro.specific.SpecificRecord event) {
        return List.of(OutboxMessage.of(Topic.SUBSCRIPTIONS, subscription.id(), event));
    }
}
