package io.partnerhub.partnership.partner.messaging;

import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Money;
import io.partnerhub.events.partnership.PartnerAdmitted;
import io.partnerhub.events.partnership.PartnerApplied;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.PartnerTenderOptInChanged;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.partnership.messaging.AvroValues;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerEvents.Admitted;
import io.partnerhub.partnership.partner.PartnerEvents.Applied;
import io.partnerhub.partnership.partner.PartnerEvents.CollaboratorRightsChanged;
import io.partnerhub.partnership.partner.PartnerEvents.DirectoryListingChanged;
import io.partnerhub.partnership.partner.PartnerEvents.ProgramStatusChanged;
import io.partnerhub.partnership.partner.PartnerEvents.TenderOptInChanged;
import io.partnerhub.partnership.shared.DomainEvent;
import org.apache.avro.specific.SpecificRecord;

import static io.partnerhub.partnership.messaging.AvroValues.recipient;

/** Partner domain events to the Avro events of {@code Topic.PARTNERS}. */
public final class PartnerEventMapper {

    private PartnerEventMapper() {
    }

    public static SpecificRecord toAvro(Partner partner, DomainEvent event, EventMetadata metadata) {
        if (event instanceof Applied applied) {
            var application = applied.application();
            return PartnerApplied.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                    .setLegalName(application.legalName())
                    .setCommercialRegisterId(application.registration().registerId())
                    .setCountry(application.registration().country())
                    .setWebsiteUrl(application.website().url())
                    .setContact(recipient(application.contact()))
                    .setResellerTermsVersion(application.terms().version())
                    .setResellerTermsAcceptedAt(application.terms().acceptedAt()).build();
        }
        if (event instanceof Admitted admitted) {
            return PartnerAdmitted.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                    .setLegalName(partner.legalName())
                    .setProgramStatus(ProgramStatus.valueOf(admitted.programStatus().name()))
                    .setContact(recipient(partner.contact())).build();
        }
        if (event instanceof ProgramStatusChanged changed) {
            return PartnerProgramStatusChanged.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                    .setPreviousStatus(ProgramStatus.valueOf(changed.previous().name()))
                    .setStatus(ProgramStatus.valueOf(changed.status().name()))
                    .setYearlyVolume(new Money(changed.volume().amount(),
                            Currency.valueOf(changed.volume().currency().name())))
                    .setContact(recipient(partner.contact())).build();
        }
        if (event instanceof DirectoryListingChanged listing) {
            return PartnerDirectoryListingChanged.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                    .setLegalName(partner.legalName()).setListed(listing.listed()).build();
        }
        if (event instanceof TenderOptInChanged optIn) {
            return PartnerTenderOptInChanged.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                    .setLegalName(partner.legalName()).setOptedIn(optIn.optIn().optedIn())
                    .setProductCategories(AvroValues.sorted(optIn.optIn().productCategories()))
                    .setLanguages(optIn.optIn().languages().stream().sorted().map(AvroValues::language).toList())
                    .setContact(recipient(partner.contact())).build();
        }
        if (event instanceof CollaboratorRightsChanged rights) {
            return PartnerCollaboratorRightsChanged.newBuilder().setMetadata(metadata).setPartnerId(partner.id())
                    .setCollaboratorUserId(rights.rights().userId())
                    .setAllCustomers(rights.rights().allCustomers())
                    .setCustomerIds(AvroValues.sorted(rights.rights().customerIds()))
                    .setWithdrawn(rights.withdrawn()).build();
        }
        throw new IllegalStateException("no Avro event for " + event);
    }
}
