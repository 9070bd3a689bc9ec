package io.partnerhub.tender.subscription.kafka;

import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.PartnerAdmitted;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.PartnerTenderOptInChanged;
import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.subscription.PartnerSubscription;
import io.partnerhub.tender.subscription.mongo.MongoSubscriptions;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.stream.Collectors;

/**
 * Keeps the subscription read model from partnership-service's partner events. Idempotent: every
 * write is guarded by the partner's aggregate version, so redelivery and reordering change nothing.
 */
@Component
public class PartnerEventsListener {

    private final MongoSubscriptions subscriptions;

    public PartnerEventsListener(MongoSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @KafkaListener(topics = "#{T(io.partnerhub.events.Topic).PARTNERS.topicName()}",
            groupId = "${spring.kafka.consumer.group-id:tender-service}")
    public void on(SpecificRecord event) {
        if (event instanceof PartnerTenderOptInChanged optIn) {
            subscriptions.store(new PartnerSubscription(
                    contact(optIn.getPartnerId(), optIn.getLegalName(), optIn.getContact()), optIn.getOptedIn(),
                    new HashSet<>(optIn.getProductCategories()),
                    optIn.getLanguages().stream().map(l -> Language.valueOf(l.name())).collect(Collectors.toSet()),
                    optIn.getMetadata().getAggregateVersion()));
        } else if (event instanceof PartnerAdmitted admitted) {
            subscriptions.storeContact(contact(admitted.getPartnerId(), admitted.getLegalName(), admitted.getContact()),
                    admitted.getMetadata().getAggregateVersion());
        } else if (event instanceof PartnerProgramStatusChanged changed) {
            subscriptions.byPartnerId(changed.getPartnerId()).ifPresent(known -> subscriptions.storeContact(
                    contact(changed.getPartnerId(), known.partner().legalName(), changed.getContact()),
                    changed.getMetadata().getAggregateVersion()));
        }
    }

    private static PartnerContact contact(String partnerId, String legalName, Recipient recipient) {
        if (partnerId == null || partnerId.isBlank() || recipient == null || recipient.getEmail() == null) {
            throw new PoisonEventException("partner event without partner id or contact");
        }
        return new PartnerContact(partnerId, legalName, recipient.getEmail(),
                Language.valueOf(recipient.getLanguage().name()), recipient.getName());
    }
}
