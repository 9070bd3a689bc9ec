package io.partnerhub.billing.collaborator.messaging;

import io.partnerhub.billing.collaborator.CollaboratorRights;
import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.kit.kafka.PoisonEventException;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.HashSet;

/**
 * Keeps collaborator rights (R5) from partnership-service's partner events (thin: decode → store).
 * The topic is keyed by partner id, so one partner's events arrive in order; the version guard
 * makes redelivery and replay change nothing. Other partner events are not billing's business.
 */
@Component
class CollaboratorRightsListener {

    private static final Logger log = LoggerFactory.getLogger(CollaboratorRightsListener.class);

    private final CollaboratorRightsStore store;

    CollaboratorRightsListener(CollaboratorRightsStore store) {
        this.store = store;
    }

    @KafkaListener(id = "billing-service-partners", groupId = "billing-service-partners",
            topics = "#{T(io.partnerhub.events.Topic).PARTNERS.topicName()}")
    void on(SpecificRecord event) {
        if (!(event instanceof PartnerCollaboratorRightsChanged changed)) {
            return;
        }
        long version = changed.getMetadata().getAggregateVersion();
        if (blank(changed.getPartnerId()) || blank(changed.getCollaboratorUserId()) || version < 1) {
            throw new PoisonEventException("Collaborator rights without partner, user or version: "
                    + changed.getMetadata().getEventId());
        }
        CollaboratorRights rights = new CollaboratorRights(changed.getPartnerId(), changed.getCollaboratorUserId(),
                changed.getAllCustomers(), new HashSet<>(changed.getCustomerIds()), changed.getWithdrawn());
        boolean applied = store.apply(rights, version);
        log.debug("collaborator {} of {} v{} {}", rights.userId(), rights.partnerId(), version,
                applied ? "applied" : "stale");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
