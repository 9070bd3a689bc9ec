package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageKind;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.partnerhub.notification.delivery.messaging.AvroValues.message;
import static io.partnerhub.notification.delivery.messaging.AvroValues.name;
import static io.partnerhub.notification.delivery.messaging.PartnershipMessages.data;

/**
 * The emails billing-service's subscription events call for, to the payer's billing contact
 * (R18–R25): the renewal reminder of a yearly subscription and its lapse. Other events
 * (started, changed, renewed) call for none, and so does an event whose payer has no contact.
 */
@Component
class SubscriptionMessages {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionMessages.class);

    List<Message> of(SpecificRecord event) {
        if (event instanceof SubscriptionRenewalReminder e) {
            if (e.getPayerContact() == null) {
                return nobodyToEmail(e, e.getPayerOrganizationId(), e.getSubscriptionId());
            }
            return List.of(message(e.getMetadata(), e, MessageKind.SUBSCRIPTION_RENEWAL_REMINDER, e.getPayerContact(),
                    data("productName", e.getProductName(), "quantity", e.getQuantity(),
                            "renewsAt", e.getRenewsAt(), "daysBefore", e.getDaysBefore())));
        }
        if (event instanceof SubscriptionLapsed e) {
            if (e.getPayerContact() == null) {
                return nobodyToEmail(e, e.getPayerOrganizationId(), e.getSubscriptionId());
            }
            return List.of(message(e.getMetadata(), e, MessageKind.SUBSCRIPTION_LAPSED, e.getPayerContact(),
                    data("productName", e.getProductName(), "quantity", e.getQuantity(),
                            "reason", name(e.getReason()), "lapsedAt", e.getLapsedAt())));
        }
        return List.of();
    }

    /** The payer has no billing contact: nobody can be emailed, which is not an error of the event. */
    private static List<Message> nobodyToEmail(SpecificRecord event, String payerOrganizationId, String subscriptionId) {
        log.info("{}: payer {} of subscription {} has no billing contact, nobody can be emailed",
                event.getClass().getSimpleName(), payerOrganizationId, subscriptionId);
        return List.of();
    }
}
