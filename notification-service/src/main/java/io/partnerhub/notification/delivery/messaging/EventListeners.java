package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.kit.kafka.KitBatchListenerAutoConfiguration;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Thin batch listeners: the emails each polled event calls for go to the intake together (one bulk
 * insert per poll). Retries and dead letters are the kit's configuration.
 */
@Component
class EventListeners {

    /** Consumer groups (and listener ids): the partners, invitations and partnerships topics. */
    static final String PARTNERSHIP = "notification-service-partnership";
    /** The tenders topic. */
    static final String TENDER = "notification-service-tender";
    /** The tender-offers topic, the excerpt fan-out. */
    static final String TENDER_OFFER = "notification-service-tender-offer";
    /** The subscriptions topic (billing-service). */
    static final String SUBSCRIPTION = "notification-service-subscription";
    /** Appended to each group id (default none): a second instance that must not share the groups, such as a test's. */
    private static final String GROUP_SUFFIX = "${partnerhub.notification.consumer-group-suffix:}";

    private final PartnershipMessages partnershipMessages;
    private final TenderMessages tenderMessages;
    private final SubscriptionMessages subscriptionMessages;
    private final EventBatches batches;

    EventListeners(PartnershipMessages partnershipMessages, TenderMessages tenderMessages,
                   SubscriptionMessages subscriptionMessages, EventBatches batches) {
        this.partnershipMessages = partnershipMessages;
        this.tenderMessages = tenderMessages;
        this.subscriptionMessages = subscriptionMessages;
        this.batches = batches;
    }

    @KafkaListener(id = PARTNERSHIP, groupId = PARTNERSHIP + GROUP_SUFFIX, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}",
            containerFactory = KitBatchListenerAutoConfiguration.BATCH_FACTORY, topics = {
            "#{T(io.partnerhub.events.Topic).PARTNERS.topicName()}",
            "#{T(io.partnerhub.events.Topic).INVITATIONS.topicName()}",
            "#{T(io.partnerhub.events.Topic).PARTNERSHIPS.topicName()}"})
    void onPartnershipEvents(List<ConsumerRecord<String, SpecificRecord>> records) {
        batches.accept(records, partnershipMessages::of);
    }

    @KafkaListener(id = TENDER, groupId = TENDER + GROUP_SUFFIX, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}",
            containerFactory = KitBatchListenerAutoConfiguration.BATCH_FACTORY,
            topics = "#{T(io.partnerhub.events.Topic).TENDERS.topicName()}")
    void onTenderEvents(List<ConsumerRecord<String, SpecificRecord>> records) {
        batches.accept(records, tenderMessages::of);
    }

    @KafkaListener(id = TENDER_OFFER, groupId = TENDER_OFFER + GROUP_SUFFIX, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}",
            containerFactory = KitBatchListenerAutoConfiguration.BATCH_FACTORY,
            concurrency = "${partnerhub.notification.offer-consumers:2}",
            topics = "#{T(io.partnerhub.events.Topic).TENDER_OFFERS.topicName()}")
    void onTenderOffers(List<ConsumerRecord<String, SpecificRecord>> records) {
        batches.accept(records, tenderMessages::of);
    }

    @KafkaListener(id = SUBSCRIPTION, groupId = SUBSCRIPTION + GROUP_SUFFIX, autoStartup = "${partnerhub.notification.listeners-auto-startup:true}",
            containerFactory = KitBatchListenerAutoConfiguration.BATCH_FACTORY,
            topics = "#{T(io.partnerhub.events.Topic).SUBSCRIPTIONS.topicName()}")
    void onSubscriptionEvents(List<ConsumerRecord<String, SpecificRecord>> records) {
        batches.accept(records, subscriptionMessages::of);
    }
}
