package io.partnerhub.notification.delivery.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicLinksTest {

    private final PublicLinks links = new PublicLinks("https://partners.example.test/", "https://tenders.example.test");

    @Test
    void tokenLinksPointAtTheServicesPublicPagesWithTheTokenEncoded() {
        assertThat(links.invitationResponse("a+b/c")).isEqualTo("https://partners.example.test/public/invitation-links/a%2Bb%2Fc");
        assertThat(links.tenderCancellation("t0k")).isEqualTo("https://tenders.example.test/public/tender-links/t0k");
        assertThat(links.tenderInPartnerSpace("t-1")).isEqualTo("https://tenders.example.test/partner/tenders/t-1");
        assertThat(links.accessRequest("ps-1"))
                .isEqualTo("https://partners.example.test/partnerships/ps-1/access-increase-request");
    }

    @Test
    void aTokenLinkWithoutATokenIsMissingSoTheMessageFailsWithAReason() {
        assertThat(links.invitationResponse(" ")).isNull();
        assertThat(links.tenderCancellation(null)).isNull();
    }
}
