package io.partnerhub.notification.intake;

import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.sending.NotificationIntake;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

/**
 * Thin listeners: decode the event into the emails it calls for, hand them to the intake. Retries
 * and dead letters are the kit's configuration; an event that cannot even be mapped is poison.
 */
@Component
class EventListeners {

    private final PartnershipMessages partnershipMessages;
    private final TenderMessages tenderMessages;
    private final NotificationIntake intake;

    EventListeners(PartnershipMessages partnershipMessages, TenderMessages tenderMessages, NotificationIntake intake) {
        this.partnershipMessages = partnershipMessages;
        this.tenderMessages = tenderMessages;
        this.intake = intake;
    }

    @KafkaListener(id = "notification-partnership", idIsGroup = false, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}", topics = {
            "#{T(io.partnerhub.events.Topic).PARTNERS.topicName()}",
            "#{T(io.partnerhub.events.Topic).INVITATIONS.topicName()}",
            "#{T(io.partnerhub.events.Topic).PARTNERSHIPS.topicName()}"})
    void onPartnershipEvent(SpecificRecord event) {
        intake.accept(decode(event, partnershipMessages::of));
    }

    @KafkaListener(id = "notification-tender", idIsGroup = false, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}", topics = "#{T(io.partnerhub.events.Topic).TENDERS.topicName()}")
    void onTenderEvent(SpecificRecord event) {
        intake.accept(decode(event, tenderMessages::of));
    }

    @KafkaListener(id = "notification-tender-offer", idIsGroup = false, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}", concurrency = "${partnerhub.notification.offer-consumers:2}",
            topics = "#{T(io.partnerhub.events.Topic).TENDER_OFFERS.topicName()}")
    void onTenderOffer(SpecificRecord event) {
        intake.accept(decode(event, tenderMessages::of));
    }

    private static List<Message> decode(SpecificRecord event, Function<SpecificRecord, List<Message>> mapping) {
        try {
            return mapping.apply(event);
        } catch (RuntimeException e) {
            throw new PoisonEventException("cannot map " + event.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
