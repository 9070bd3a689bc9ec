package io.partnerhub.billing.partnership.messaging;

import io.partnerhub.billing.partnership.persistence.PartnershipReadModel;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.Access;
import io.partnerhub.events.partnership.PartnershipAccessChanged;
import io.partnerhub.events.partnership.PartnershipPaymentModeChanged;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.kit.kafka.PoisonEventException;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the partnership read model from partnership-service's events (thin: decode → apply).
 * Events are keyed by partnership id, so one partnership's events arrive in order; the version
 * guard makes redelivery and replay change nothing.
 */
@Component
class PartnershipEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PartnershipEventsListener.class);

    private final PartnershipReadModel readModel;

    PartnershipEventsListener(PartnershipReadModel readModel) {
        this.readModel = readModel;
    }

    @KafkaListener(id = "billing-service-partnerships", groupId = "billing-service-partnerships",
            topics = "#{T(io.partnerhub.events.Topic).PARTNERSHIPS.topicName()}")
    void on(SpecificRecord event) {
        if (event instanceof PartnershipStarted started) {
            apply(started.getMetadata(), started.getPartnershipId(), access(started.getGrantedAccess())
                    .set("partnerId", started.getPartnerId()).set("customerId", started.getCustomerId())
                    .set("live", true).set("startedAt", started.getMetadata().getOccurredAt()));
        } else if (event instanceof PartnershipAccessChanged changed) {
            apply(changed.getMetadata(), changed.getPartnershipId(), access(changed.getAccess())
                    .set("partnerId", changed.getPartnerId()).set("customerId", changed.getCustomerId()));
        } else if (event instanceof PartnershipPaymentModeChanged changed) {
            apply(changed.getMetadata(), changed.getPartnershipId(), new Update()
                    .set("partnerId", changed.getPartnerId()).set("customerId", changed.getCustomerId())
                    .set("paymentMode", changed.getPaymentMode().name()));
        } else if (event instanceof PartnershipTerminated terminated) {
            apply(terminated.getMetadata(), terminated.getPartnershipId(), new Update()
                    .set("partnerId", terminated.getPartnerId()).set("customerId", terminated.getCustomerId())
                    .set("live", false).set("endedAt", terminated.getMetadata().getOccurredAt()));
        }
    }

    private void apply(EventMetadata metadata, String partnershipId, Update update) {
        if (partnershipId == null || partnershipId.isBlank() || metadata.getAggregateVersion() < 1) {
            throw new PoisonEventException("Partnership event without id or version: " + metadata.getEventId());
        }
        boolean applied = readModel.apply(partnershipId, metadata.getAggregateVersion(), update);
        log.debug("partnership {} v{} {}", partnershipId, metadata.getAggregateVersion(), applied ? "applied" : "stale");
    }

    private static Update access(Access access) {
        return new Update()
                .set("access", access.getLevel().name())
                .set("productIds", access.getProductIds())
                .set("productCategories", access.getProductCategories())
                .set("paymentMode", access.getPaymentMode() == null ? null : access.getPaymentMode().name());
    }
}
