package io.partnerhub.partnership.partner.messaging;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Money;
import io.partnerhub.events.partnership.CollaboratorGrant;
import io.partnerhub.events.partnership.PartnerState;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.messaging.AvroValues;
import io.partnerhub.partnership.partner.Partner;

import java.util.Comparator;

import static io.partnerhub.partnership.messaging.AvroValues.recipient;

/** A partner's whole current state, for the compacted {@code Topic.PARTNER_STATES}. */
public final class PartnerStateMapper {

    private PartnerStateMapper() {
    }

    /** The state-topic message of {@code partner} as it is now, keyed by its id. */
    public static OutboxMessage message(Partner partner, EventMetadata metadata) {
        return OutboxMessage.of(Topic.PARTNER_STATES, partner.id(), toAvro(partner, metadata));
    }

    public static PartnerState toAvro(Partner partner, EventMetadata metadata) {
        var application = partner.application();
        var optIn = partner.tenderOptIn();
        return PartnerState.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                .setLegalName(partner.legalName()).setCountry(application.registration().country())
                .setWebsiteUrl(application.website().url()).setContact(recipient(partner.contact()))
                .setAdmittedAt(partner.admittedAt())
                .setProgramStatus(ProgramStatus.valueOf(partner.programStatus().name()))
                .setYearlyVolumes(partner.yearlyVolumes().stream()
                        .map(volume -> new Money(volume.amount(), Currency.valueOf(volume.currency().name())))
                        .toList())
                .setListed(partner.listed())
                .setTenderOptedIn(optIn.optedIn())
                .setTenderProductCategories(AvroValues.sorted(optIn.productCategories()))
                .setTenderLanguages(optIn.languages().stream().sorted().map(AvroValues::language).toList())
                .setCollaborators(partner.collaborators().stream()
                        .sorted(Comparator.comparing(rights -> rights.userId()))
                        .map(rights -> CollaboratorGrant.newBuilder().setUserId(rights.userId())
                                .setAllCustomers(rights.allCustomers())
                                .setCustomerIds(AvroValues.sorted(rights.customerIds())).build())
                        .toList())
                .setVersion(partner.revision()).setChangedAt(metadata.getOccurredAt()).build();
    }
}
