package io.partnerhub.partnership.partner.persistence;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.CommercialRegistration;
import io.partnerhub.partnership.partner.Currency;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerApplication;
import io.partnerhub.partnership.partner.PartnerSnapshot;
import io.partnerhub.partnership.partner.ProgramStatus;
import io.partnerhub.partnership.partner.ResellerTermsAcceptance;
import io.partnerhub.partnership.partner.TenderOptIn;
import io.partnerhub.partnership.partner.Website;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.partner.YearlyVolumes;
import io.partnerhub.partnership.persistence.PartyFields.ContactFields;
import io.partnerhub.partnership.shared.Language;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The partner as stored in its document's {@code partner} field. The names here are the stored
 * schema (queries use {@link #TENDER_OPTED_IN}); the aggregate is mapped through its
 * {@link PartnerSnapshot}, never by its fields. Documents of the shape before per-currency
 * volumes are brought to this one by {@link PartnerDocumentUpgrade} before they are read.
 */
public record PartnerFields(String id, ApplicationFields application, Instant admittedAt, ProgramStatus programStatus,
                            YearlyVolumesFields yearlyVolumes, boolean listed, TenderOptInFields tenderOptIn,
                            List<CollaboratorFields> collaborators, long revision) {

    /** The stored path of the tender opt-in flag. */
    public static final String TENDER_OPTED_IN = "partner.tenderOptIn.optedIn";

    public record ApplicationFields(String organizationId, String legalName, RegistrationFields registration,
                                    WebsiteFields website, ContactFields contact, TermsFields terms) {
    }

    public record RegistrationFields(String registerId, String country) {
    }

    public record WebsiteFields(String url) {
    }

    public record TermsFields(String version, Instant acceptedAt) {
    }

    /** A list of reports, not a map keyed by currency: the stored shape stays an array of plain values. */
    public record YearlyVolumesFields(List<ReportedFields> reported) {
    }

    public record ReportedFields(VolumeFields volume, long sourceVersion) {
    }

    public record VolumeFields(int year, BigDecimal amount, Currency currency) {
    }

    public record TenderOptInFields(boolean optedIn, List<String> productCategories, List<Language> languages) {
    }

    /** A list, not a map keyed by user: user ids may contain dots, which MongoDB field names cannot. */
    public record CollaboratorFields(String userId, boolean allCustomers, List<String> customerIds) {
    }

    public static PartnerFields from(Partner partner) {
        PartnerSnapshot s = partner.snapshot();
        PartnerApplication a = s.application();
        ApplicationFields application = new ApplicationFields(a.organizationId(), a.legalName(),
                new RegistrationFields(a.registration().registerId(), a.registration().country()),
                new WebsiteFields(a.website().url()), ContactFields.from(a.contact()),
                new TermsFields(a.terms().version(), a.terms().acceptedAt()));
        List<ReportedFields> reported = s.yearlyVolumes().stream().map(held -> new ReportedFields(
                new VolumeFields(held.volume().year(), held.volume().amount(), held.volume().currency()),
                held.sourceVersion())).toList();
        TenderOptIn optIn = s.tenderOptIn();
        return new PartnerFields(s.id(), application, s.admittedAt(), s.programStatus(),
                new YearlyVolumesFields(reported), s.listed(),
                new TenderOptInFields(optIn.optedIn(), optIn.productCategories().stream().sorted().toList(),
                        optIn.languages().stream().sorted(Comparator.comparing(Language::name)).toList()),
                s.collaborators().stream().map(rights -> new CollaboratorFields(rights.userId(),
                        rights.allCustomers(), rights.customerIds().stream().sorted().toList())).toList(),
                s.revision());
    }

    public Partner toPartner() {
        ApplicationFields a = application;
        PartnerApplication restoredApplication = new PartnerApplication(a.organizationId(), a.legalName(),
                new CommercialRegistration(a.registration().registerId(), a.registration().country()),
                new Website(a.website().url()), a.contact().toContact(),
                new ResellerTermsAcceptance(a.terms().version(), a.terms().acceptedAt()));
        List<YearlyVolumes.Reported> reported = yearlyVolumes == null || yearlyVolumes.reported() == null ? List.of()
                : yearlyVolumes.reported().stream().map(held -> new YearlyVolumes.Reported(
                        new YearlyVolume(held.volume().year(), held.volume().amount(), held.volume().currency()),
                        held.sourceVersion())).toList();
        TenderOptIn optIn = tenderOptIn == null ? TenderOptIn.out() : new TenderOptIn(tenderOptIn.optedIn(),
                Set.copyOf(orEmpty(tenderOptIn.productCategories())), Set.copyOf(orEmpty(tenderOptIn.languages())));
        List<CollaboratorRights> rights = orEmpty(collaborators).stream().map(collaborator -> new CollaboratorRights(
                collaborator.userId(), collaborator.allCustomers(), Set.copyOf(orEmpty(collaborator.customerIds()))))
                .toList();
        return Partner.restore(new PartnerSnapshot(id, restoredApplication, admittedAt, programStatus, reported, listed,
                optIn, rights, revision));
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
