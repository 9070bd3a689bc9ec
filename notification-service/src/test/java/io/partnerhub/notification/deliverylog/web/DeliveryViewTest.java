package io.partnerhub.notification.deliverylog.web;

import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.notification.message.Precondition;
import org.junit.jupiter.api.Test;

import java.time.Instant;

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

    @Test
    void aWithdrawnEmailShowsWhatItDependedOnWhyAndWhenItWasWithdrawnButNoHashOfItsLink() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        Delivery delivery = Delivery.accept(MessageFixture.invitationReceived(Language.EN)
                        .requiring(new Precondition.InvitationLinkLive("inv-7", "5e1f0c")),
                new EmailContent("Subject", "<p>Hi</p>", "Hi"), now, null);
        delivery.withdraw("invitation link no longer live", now.plusSeconds(1));

        DeliveryView view = DeliveryView.of(delivery);

        assertThat(view.status()).isEqualTo("WITHDRAWN");
        assertThat(view.dependsOn()).isEqualTo("the link of invitation inv-7 is live");
        assertThat(view.withdrawalReason()).isEqualTo("invitation link no longer live");
        assertThat(view.withdrawnAt()).isEqualTo(now.plusSeconds(1));
        assertThat(view.clearedAt()).isNull();
        assertThat(view.attempts()).isEmpty();
        assertThat(view.toString()).doesNotContain("5e1f0c");
    }
}
