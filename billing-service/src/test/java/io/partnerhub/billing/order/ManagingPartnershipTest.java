package io.partnerhub.billing.order;

import io.partnerhub.billing.benefit.AccessLevel;
import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.benefit.PaymentMode;
import io.partnerhub.billing.pricing.PriceList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ManagingPartnershipTest {

    private final PriceList priceList = PriceList.standard();
    private final List<RequestedLine> webAndMail = List.of(new RequestedLine("web-hosting", 1),
            new RequestedLine("mail-hosting", 5));

    @Test
    void limitedPartnershipCoveringMostLinesWins() {
        PartnershipTerms webOnly = limited("ps-a", "2020-01-01T00:00:00Z", "WEB_HOSTING");
        PartnershipTerms webAndMailGranted = limited("ps-b", "2024-01-01T00:00:00Z", "WEB_HOSTING", "MAIL_HOSTING");

        assertThat(ManagingPartnership.choose(List.of(webOnly, webAndMailGranted), webAndMail, priceList))
                .map(PartnershipTerms::partnershipId).hasValue("ps-b");
    }

    @Test
    void tiesGoToTheOldestAndUncoveringOrEndedOnesAreIgnored() {
        PartnershipTerms older = limited("ps-old", "2020-01-01T00:00:00Z", "WEB_HOSTING");
        PartnershipTerms newer = limited("ps-new", "2025-01-01T00:00:00Z", "WEB_HOSTING");
        PartnershipTerms backupOnly = limited("ps-backup", "2019-01-01T00:00:00Z", "BACKUP");
        PartnershipTerms endedFull = new PartnershipTerms("ps-ended", "p", "c", AccessLevel.FULL, Set.of(), Set.of(),
                PaymentMode.CUSTOMER, false, Instant.parse("2018-01-01T00:00:00Z"));

        assertThat(ManagingPartnership.choose(List.of(newer, backupOnly, older, endedFull), webAndMail, priceList))
                .map(PartnershipTerms::partnershipId).hasValue("ps-old");
        assertThat(ManagingPartnership.choose(List.of(backupOnly), webAndMail, priceList)).isEmpty();
    }

    private static PartnershipTerms limited(String id, String startedAt, String... categories) {
        return new PartnershipTerms(id, "partner-" + id, "c", AccessLevel.LIMITED, Set.of(), Set.of(categories), null,
                true, Instant.parse(startedAt));
    }
}
