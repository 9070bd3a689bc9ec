package io.partnerhub.billing.collaborator.messaging;

import io.partnerhub.billing.collaborator.CollaboratorRights;
import io.partnerhub.billing.collaborator.persistence.CollaboratorRightsStore;
import io.partnerhub.billing.messaging.StateTopicListener;
import io.partnerhub.billing.messaging.StateTopicPositions;
import io.partnerhub.events.partnership.CollaboratorGrant;
import io.partnerhub.events.partnership.PartnerState;
import io.partnerhub.kit.kafka.PoisonEventException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;

/**
 * Keeps collaborator rights (R5) from partnership-service's compacted partner-state topic (thin:
 * decode → store). Each record lists every collaborator the partner has; one no longer listed was
 * withdrawn. An empty database rebuilds from the topic's beginning ({@link StateTopicPositions}), and
 * the partner's version guards every change. The rest of a partner's state is not billing's business.
 */
@Component
class PartnerStatesListener extends StateTopicListener<PartnerState> {

    private static final Logger log = LoggerFactory.getLogger(PartnerStatesListener.class);

    private final CollaboratorRightsStore store;

    PartnerStatesListener(CollaboratorRightsStore store, StateTopicPositions positions) {
        super(positions, PartnerState.class);
        this.store = store;
    }

    @KafkaListener(id = "billing-service-partner-states", groupId = "billing-service-partner-states",
            topics = "#{T(io.partnerhub.events.Topic).PARTNER_STATES.topicName()}")
    void on(ConsumerRecord<String, SpecificRecord> record) {
        consume(record);
    }

    @Override
    protected void apply(PartnerState state) {
        long version = state.getVersion();
        if (blank(state.getPartnerId()) || version < 1
                || state.getCollaborators().stream().anyMatch(grant -> blank(grant.getUserId()))) {
            throw new PoisonEventException("Partner state without partner, collaborator user or version: "
                    + state.getMetadata().getEventId());
        }
        List<CollaboratorRights> rights = state.getCollaborators().stream()
                .map(grant -> rightsOf(state.getPartnerId(), grant)).toList();
        int changed = store.applyAll(state.getPartnerId(), rights, version);
        log.debug("collaborators of {} v{}: {} changed", state.getPartnerId(), version, changed);
    }

    private static CollaboratorRights rightsOf(String partnerId, CollaboratorGrant grant) {
        return new CollaboratorRights(partnerId, grant.getUserId(), grant.getAllCustomers(),
                new HashSet<>(grant.getCustomerIds()), false);
    }
}
