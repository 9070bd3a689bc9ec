package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.notification.message.AccessSummary;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Money;
import io.partnerhub.notification.message.Recipient;

import java.util.Map;

/** Avro values mapped to the message model: the edge where event classes stop. */
final class AvroValues {

    private AvroValues() {
    }

    static Message message(EventMetadata metadata, Object event, MessageKind kind,
                           io.partnerhub.events.common.Recipient recipient, Map<String, Object> data) {
        return new Message(metadata.getEventId().toString(), event.getClass().getSimpleName(),
                metadata.getCorrelationId(), kind, recipient(recipient), data);
    }

    static Recipient recipient(io.partnerhub.events.common.Recipient recipient) {
        if (recipient == null) {
            return new Recipient("", Language.EN, null);
        }
        return new Recipient(recipient.getEmail(),
                recipient.getLanguage() == null ? Language.EN : Language.fromCode(recipient.getLanguage().name()),
                recipient.getName());
    }

    static AccessSummary access(Access access) {
        if (access == null) {
            return null;
        }
        return new AccessSummary(name(access.getLevel()), access.getProductCategories(), access.getProductIds(),
                name(access.getPaymentMode()));
    }

    static Money money(io.partnerhub.events.common.Money money) {
        return money == null ? null : new Money(money.getAmount(), money.getCurrency().name());
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
