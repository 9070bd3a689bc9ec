package io.partnerhub.partnership.partner.application;

import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.kit.consumer.ProcessedEvents;
import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.kit.kafka.TransientFailureException;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.plain.ConcurrentUpdateException;
import io.partnerhub.kit.plain.OptimisticRetry;
import io.partnerhub.partnership.partner.Currency;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.partner.messaging.PartnerEventMapper;
import io.partnerhub.partnership.partner.messaging.PartnerStateMapper;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.persistence.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R2 from billing's reports: sets the partner's program status. Idempotent twice over: the partner
 * ignores reports not newer than the last applied one, and processed event ids are remembered.
 */
@Service
public class YearlyVolumeRecorder {

    static final String CONSUMER = "partnership-service-partner-volumes";
    private static final Logger log = LoggerFactory.getLogger(YearlyVolumeRecorder.class);

    private final PartnerStore partners;
    private final ProcessedEvents processed;
    private final EventMetadataFactory metadata;

    public YearlyVolumeRecorder(PartnerStore partners, ProcessedEvents processed, EventMetadataFactory metadata) {
        this.partners = partners;
        this.processed = processed;
        this.metadata = metadata;
    }

    public void record(PartnerYearlyVolumeChanged report) {
        String eventId = report.getMetadata().getEventId().toString();
        if (processed.alreadyProcessed(CONSUMER, eventId)) {
            return;
        }
        YearlyVolume volume = volumeOf(report);
        try {
            OptimisticRetry.untilWritten("partner " + report.getPartnerId(), () -> apply(report, volume));
        } catch (ConcurrentUpdateException contended) {
            // not the report's fault: it is retried until it gets through, never dead-lettered
            throw new TransientFailureException(contended.getMessage(), contended);
        }
        processed.markProcessed(CONSUMER, eventId);
    }

    /** True when done (written, or nothing to write); false when another writer changed the partner first. */
    private boolean apply(PartnerYearlyVolumeChanged report, YearlyVolume volume) {
        Optional<Versioned<Partner>> loaded = partners.find(report.getPartnerId());
        if (loaded.isEmpty()) {
            log.info("Volume report for {} which is not a partner; ignored", report.getPartnerId());
            return true;
        }
        Partner partner = loaded.get().aggregate();
        long before = partner.revision();
        List<OutboxMessage> messages = new ArrayList<>();
        partner.recordYearlyVolume(volume, report.getMetadata().getAggregateVersion()).ifPresent(event ->
                messages.add(OutboxMessage.of(Topic.PARTNERS, partner.id(), PartnerEventMapper.toAvro(
                        partner, event, metadata.causedBy(report.getMetadata(), partner.id(), partner.revision())))));
        if (partner.revision() == before) {
            return true;
        }
        // the volumes are part of the partner's state even when the program status stays
        messages.add(PartnerStateMapper.message(partner,
                metadata.causedBy(report.getMetadata(), partner.id(), partner.revision())));
        return partners.tryUpdate(loaded.get(), messages);
    }

    private static YearlyVolume volumeOf(PartnerYearlyVolumeChanged report) {
        try {
            return new YearlyVolume(report.getYear(), report.getYearlyVolume().getAmount(),
                    Currency.valueOf(report.getYearlyVolume().getCurrency().name()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("unusable yearly volume: " + e.getMessage(), e);
        }
    }
}
