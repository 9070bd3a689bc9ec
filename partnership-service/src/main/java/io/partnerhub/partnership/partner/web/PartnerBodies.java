package io.partnerhub.partnership.partner.web;

import io.partnerhub.partnership.web.IdFormats;
import jakarta.validation.constraints.Pattern;
import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.partner.Currency;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.ProgramConditions;
import io.partnerhub.partnership.partner.ProgramStatus;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
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

    public record CollaboratorRequest(boolean allCustomers, @Size(max = 10000) Set<@NotBlank @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String> customerIds) {
    }

    public record PartnerResponse(String partnerId, String legalName, String websiteUrl, ProgramStatus programStatus,
                                  @Schema(description = "One volume of the most recent reported year: one that meets "
                                          + "its threshold if any does (CHF first), else the first of that year; "
                                          + "0 CHF before billing reported. All currencies are in yearlyVolumes.")
                                  BigDecimal yearlyVolume,
                                  @Schema(description = "Currency of yearlyVolume") String yearlyVolumeCurrency,
                                  @Schema(description = "The latest yearly volume billing reported in each currency "
                                          + "(CHF first); only those of the most recent year decide the status (R2)")
                                  List<CurrencyVolume> yearlyVolumes,
                                  boolean listed,
                                  boolean tenderOptIn, Set<String> tenderCategories, Set<Language> tenderLanguages,
                                  Set<CollaboratorRights> collaborators) {

        public static PartnerResponse of(Partner partner) {
            return new PartnerResponse(partner.id(), partner.legalName(), partner.application().website().url(),
                    partner.programStatus(), partner.yearlyVolume().amount(),
                    partner.yearlyVolume().currency().name(),
                    partner.yearlyVolumes().stream().map(CurrencyVolume::of).toList(),
                    partner.listed(), partner.tenderOptIn().optedIn(),
                    partner.tenderOptIn().productCategories(), partner.tenderOptIn().languages(),
                    Set.copyOf(partner.collaborators()));
        }
    }

    /** One currency's yearly volume with the threshold R2 sets for that currency. */
    public record CurrencyVolume(Currency currency, int year, BigDecimal amount, BigDecimal threshold,
                                 boolean atOrAboveThreshold) {

        static CurrencyVolume of(YearlyVolume volume) {
            return new CurrencyVolume(volume.currency(), volume.year(), volume.amount(),
                    ProgramConditions.threshold(volume.currency()), ProgramConditions.meetsThreshold(volume));
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
