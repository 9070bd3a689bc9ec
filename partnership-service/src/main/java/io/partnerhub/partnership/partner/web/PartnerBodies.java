package io.partnerhub.partnership.partner.web;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.ProgramStatus;
import io.partnerhub.partnership.shared.Language;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Set;

/** Request and response bodies of the partner API. */
public final class PartnerBodies {

    private PartnerBodies() {
    }

    public record ApplicationRequest(@NotBlank @Size(max = 200) String legalName,
                                     @NotBlank @Size(max = 40) String commercialRegisterId,
                                     @NotBlank @Size(min = 2, max = 2) String country,
                                     @NotBlank @Size(max = 300) String websiteUrl,
                                     @NotBlank @Email @Size(max = 254) String contactEmail,
                                     @Size(max = 200) String contactName,
                                     @NotNull Language language,
                                     @NotBlank @Size(max = 40) String resellerTermsVersion,
                                     @NotNull @AssertTrue(message = "the reseller terms must be accepted")
                                     Boolean acceptResellerTerms) {
    }

    public record ListingRequest(@NotNull Boolean listed) {
    }

    public record TenderOptInRequest(@NotNull Boolean optedIn, @Size(max = 50) Set<@NotBlank String> productCategories,
                                     Set<Language> languages) {
    }

    public record CollaboratorRequest(boolean allCustomers, @Size(max = 10000) Set<@NotBlank String> customerIds) {
    }

    public record PartnerResponse(String partnerId, String legalName, String websiteUrl, ProgramStatus programStatus,
                                  BigDecimal yearlyVolume, String yearlyVolumeCurrency, boolean listed,
                                  boolean tenderOptIn, Set<String> tenderCategories, Set<Language> tenderLanguages,
                                  Set<CollaboratorRights> collaborators) {

        public static PartnerResponse of(Partner partner) {
            return new PartnerResponse(partner.id(), partner.legalName(), partner.application().website().url(),
                    partner.programStatus(), partner.yearlyVolume().amount(),
                    partner.yearlyVolume().currency().name(), partner.listed(), partner.tenderOptIn().optedIn(),
                    partner.tenderOptIn().productCategories(), partner.tenderOptIn().languages(),
                    Set.copyOf(partner.collaborators()));
        }
    }

    /** What a customer sees of a listed partner in the directory. */
    public record DirectoryEntry(String partnerId, String legalName, String websiteUrl, String contactEmail) {

        public static DirectoryEntry of(Partner partner) {
            return new DirectoryEntry(partner.id(), partner.legalName(), partner.application().website().url(),
                    partner.contact().email());
        }
    }
}
