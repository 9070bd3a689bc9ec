package io.partnerhub.tender.request.messaging;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderEndReason;
import io.partnerhub.events.tender.TenderExpired;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderRevealed;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.events.tender.TenderWithdrawn;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.tender.distribution.TenderOffer;
import io.partnerhub.tender.request.TenderEvent;
import io.partnerhub.tender.request.TenderStatus;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns domain events into outbox messages: request events keyed by tenderId, offers keyed by
 * partnerId. The requester's link secret in {@code TenderSubmitted} is sealed for its event.
 */
@Component
public class TenderEventOutbox {

    private final EventMetadataFactory metadata;
    private final LinkSecretSeal seal;

    public TenderEventOutbox(EventMetadataFactory metadata, LinkSecretSeal seal) {
        this.metadata = metadata;
        this.seal = seal;
    }

    public List<OutboxMessage> messages(List<TenderEvent> events) {
        return events.stream().map(e -> OutboxMessage.of(Topic.TENDERS, e.tenderId(), avro(e))).toList();
    }

    public OutboxMessage offered(TenderOffer offer) {
        TenderOffered event = TenderOffered.newBuilder()
                .setMetadata(metadata.create(offer.tenderId() + ":" + offer.partnerId(), 1, null, null, null))
                .setTenderId(offer.tenderId())
                .setPartnerId(offer.partnerId())
                .setExcerpt(AvroValues.excerpt(offer.excerpt()))
                .setExpiresAt(offer.expiresAt())
                .setPartnerContact(AvroValues.recipient(offer.partner()))
                .build();
        return OutboxMessage.of(Topic.TENDER_OFFERS, offer.partnerId(), event);
    }

    private SpecificRecord avro(TenderEvent event) {
        EventMetadata meta = metadata.create(event.tenderId(), event.revision(), null, null, null);
        if (event instanceof TenderEvent.Submitted submitted) {
            return new TenderSubmitted(meta, submitted.tenderId(), AvroValues.excerpt(submitted.excerpt()),
                    submitted.expiresAt(), AvroValues.recipient(submitted.requester()),
                    seal.seal(submitted.requesterToken().value(), meta.getEventId().toString()));
        }
        if (event instanceof TenderEvent.Revealed revealed) {
            return new TenderRevealed(meta, revealed.tenderId(), revealed.partnerId(), revealed.revealCount());
        }
        if (event instanceof TenderEvent.ProposalReceived received) {
            return new TenderProposalSubmitted(meta, received.tenderId(), received.proposal().proposalId(),
                    received.proposal().partnerId(), received.proposal().partnerName(), received.tenderTitle(),
                    received.proposal().text(), AvroValues.money(received.proposal().price()),
                    AvroValues.recipient(received.requester()));
        }
        if (event instanceof TenderEvent.Ended ended) {
            return ended.reason() == TenderStatus.CANCELLED
                    ? new TenderCancelled(meta, ended.tenderId())
                    : new TenderExpired(meta, ended.tenderId());
        }
        if (event instanceof TenderEvent.Withdrawn withdrawn) {
            return new TenderWithdrawn(meta, withdrawn.tenderId(), withdrawn.partner().partnerId(),
                    withdrawn.tenderTitle(), TenderEndReason.valueOf(withdrawn.reason().name()),
                    AvroValues.recipient(withdrawn.partner()));
        }
        throw new IllegalArgumentException("Unmapped event " + event);
    }
}
