package io.partnerhub.notification.deliverylog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryViewTest {

    @Test
    void theDeliveryLogShowsThatAnEmailHadALinkButNeverItsSecret() {
        String text = """
                Accept or decline: https://partners.example/public/invitation-links/uo_VH6OAMK6FyB1I3KyNShraIl7-gDnvoJspoQyEi2s
                Follow or cancel your request: https://tenders.example/public/tender-links/AbC-123_xyz%2Fq
                Your partner space: https://console.example/partner/tenders/t-1
                """;

        String shown = DeliveryView.withoutLinkSecrets(text);

        assertThat(shown).contains("https://partners.example/public/invitation-links/" + DeliveryView.HIDDEN,
                        "https://tenders.example/public/tender-links/" + DeliveryView.HIDDEN,
                        "https://console.example/partner/tenders/t-1")
                .doesNotContain("uo_VH6OAMK6FyB1I3KyNShraIl7", "AbC-123_xyz");
    }
}
