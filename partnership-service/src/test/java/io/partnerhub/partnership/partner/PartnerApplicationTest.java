package io.partnerhub.partnership.partner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerApplicationTest {

    @ParameterizedTest
    @CsvSource({"CHE-123.456.789,CH", "CHE123456789,ch", "73282932000074,FR", "HRB 12345,DE"})
    void acceptsRegisterNumbers(String id, String country) {
        assertThat(new CommercialRegistration(id, country).country()).isEqualTo(country.toUpperCase());
    }

    @ParameterizedTest
    @CsvSource({"123,CH", "CHE-123.456.78,CH", "73282932000075,FR", "1234,FR", "x,DE", "CHE-123.456.789,CHE"})
    void refusesMalformedRegisterNumbers(String id, String country) {
        assertThatThrownBy(() -> new CommercialRegistration(id, country)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"ftp://host.example", "https://localhost", "not a url", "example.com"})
    void refusesWebsitesThatAreNotPublicHttpUrls(String url) {
        assertThatThrownBy(() -> new Website(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsALegalNameAndTermsVersion() {
        PartnerApplication valid = PartnerFixture.application("org-1");
        assertThatThrownBy(() -> new PartnerApplication("org-1", " ", valid.registration(), valid.website(),
                valid.contact(), valid.terms())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResellerTermsAcceptance("", PartnerFixture.NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
