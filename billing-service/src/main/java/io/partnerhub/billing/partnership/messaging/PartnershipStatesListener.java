package io.partnerhub.billing.partnership.messaging;

import io.partnerhub.billing.messaging.StateTopicListener;
import io.partnerhub.billing.messaging.StateTopicPositions;
import io.partnerhub.billing.partnership.persistence.PartnershipReadModel;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.PartnershipState;
import io.partnerhub.events.partnership.PartnershipStatus;
import io.partnerhub.kit.kafka.PoisonEventException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the partnership read model from partnership-service's compacted state topic (thin: decode →
 * apply). Each record is a partnership's whole state, so the latest one per partnership is all billing
 * needs: an empty database rebuilds from the topic's beginning ({@link StateTopicPositions}), and the
 * version guard makes redelivery and replay change nothing.
 */
@Component
class PartnershipStatesListener extends StateTopicListener<PartnershipState> {

    private static final Logger log = LoggerFactory.getLogger(PartnershipStatesListener.class);

    private final PartnershipReadModel readModel;

    PartnershipStatesListener(PartnershipReadModel readModel, StateTopicPositions positions) {
        super(positions, PartnershipState.class);
        this.readModel = readModel;
    }

    @KafkaListener(id = "billing-service-partnership-states", groupId = "billing-service-partnership-states",
            topics = "#{T(io.partnerhub.events.Topic).PARTNERSHIP_STATES.topicName()}")
    void on(ConsumerRecord<String, SpecificRecord> record) {
        consume(record);
    }

    @Override
    protected void apply(PartnershipState state) {
        if (blank(state.getPartnershipId()) || blank(state.getPartnerId()) || blank(state.getCustomerId())
                || state.getVersion() < 1 || state.getAccess() == null) {
            throw new PoisonEventException("Partnership state without ids, access or version: "
                    + state.getMetadata().getEventId());
        }
        Access access = state.getAccess();
        Update update = new Update().set("partnerId", state.getPartnerId()).set("customerId", state.getCustomerId())
                .set("access", access.getLevel().name())
                .set("productIds", access.getProductIds().stream().sorted().toList())
                .set("productCategories", access.getProductCategories().stream().sorted().toList())
                .set("paymentMode", access.getPaymentMode() == null ? null : access.getPaymentMode().name())
                .set("live", state.getStatus() == PartnershipStatus.LIVE)
                .set("startedAt", state.getStartedAt()).set("endedAt", state.getEndedAt());
        boolean applied = readModel.apply(state.getPartnershipId(), state.getVersion(), update);
        log.debug("partnership {} v{} {}", state.getPartnershipId(), state.getVersion(), applied ? "applied" : "stale");
    }
}
