package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.Language;

import java.time.Instant;

public final class PartnerFixture {

    public static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private PartnerFixture() {
    }

    public static PartnerApplication application(String organizationId) {
        return new PartnerApplication(organizationId, "Helvetic Hosting AG",
                new CommercialRegistration("CHE-123.456.789", "CH"), new Website("https://helvetic.example"),
                new Contact("legal@helvetic.example", Language.DE, "Anna Muster"),
                new ResellerTermsAcceptance("2026-01", NOW));
    }

    public static Partner admitted(String organizationId) {
        return Partner.admit(application(organizationId), false, NOW).partner();
    }
}
