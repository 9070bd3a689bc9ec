package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.billing.SubscriptionChanged;
import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.billing.SubscriptionRenewed;
import io.partnerhub.events.billing.SubscriptionStarted;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.notification.message.MessageKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription events that call for an email, to the payer's billing contact, and those that do not. */
class SubscriptionMessagesTest {

    private static final Instant AT = Instant.parse("2026-12-10T09:30:00Z");

    private final SubscriptionMessages messages = new SubscriptionMessages();

    @Test
    void aRenewalReminderGoesToThePayersContactWithProductQuantityDateAndDays() {
        SubscriptionRenewalReminder reminder = reminder(payer(Language.DE));

        assertThat(messages.of(reminder)).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(MessageKind.SUBSCRIPTION_RENEWAL_REMINDER);
            assertThat(message.sourceEventId()).isEqualTo(reminder.getMetadata().getEventId().toString());
            assertThat(message.sourceEventType()).isEqualTo("SubscriptionRenewalReminder");
            assertThat(message.recipient().email()).isEqualTo("billing@payer.test");
            assertThat(message.recipient().language()).isEqualTo(io.partnerhub.notification.message.Language.DE);
            assertThat(message.data()).containsEntry("productName", "Web Hosting Pro").containsEntry("quantity", 35)
                    .containsEntry("renewsAt", AT).containsEntry("daysBefore", 7);
            assertThat(message.problems()).isEmpty();
        });
    }

    @Test
    void aLapseGoesToThePayersContactWithItsReasonByName() {
        SubscriptionLapsed lapsed = lapsed(payer(Language.FR), LapseReason.NO_LIVE_PARTNERSHIP);

        assertThat(messages.of(lapsed)).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(MessageKind.SUBSCRIPTION_LAPSED);
            assertThat(message.recipient().email()).isEqualTo("billing@payer.test");
            assertThat(message.data()).containsEntry("productName", "Web Hosting Pro").containsEntry("quantity", 35)
                    .containsEntry("reason", "NO_LIVE_PARTNERSHIP").containsEntry("lapsedAt", AT);
            assertThat(message.problems()).isEmpty();
        });
    }

    @Test
    void aPayerWithoutABillingContactGetsNoEmail() {
        assertThat(messages.of(reminder(null))).isEmpty();
        assertThat(messages.of(lapsed(null, LapseReason.CANCELLED))).isEmpty();
    }

    @Test
    void startedChangedAndRenewedSubscriptionsCallForNoEmail() {
        assertThat(messages.of(new SubscriptionStarted())).isEmpty();
        assertThat(messages.of(new SubscriptionChanged())).isEmpty();
        assertThat(messages.of(new SubscriptionRenewed())).isEmpty();
    }

    private static SubscriptionRenewalReminder reminder(Recipient payer) {
        return SubscriptionRenewalReminder.newBuilder().setMetadata(metadata()).setSubscriptionId("sub-1")
                .setCustomerId("c-1").setProductId("hosting-pro").setProductName("Web Hosting Pro").setQuantity(35)
                .setRenewsAt(AT).setDaysBefore(7).setPayerOrganizationId("org-payer").setPayerContact(payer).build();
    }

    private static SubscriptionLapsed lapsed(Recipient payer, LapseReason reason) {
        return SubscriptionLapsed.newBuilder().setMetadata(metadata()).setSubscriptionId("sub-1")
                .setCustomerId("c-1").setProductId("hosting-pro").setProductName("Web Hosting Pro").setQuantity(35)
                .setReason(reason).setLapsedAt(AT).setPayerOrganizationId("org-payer").setPayerContact(payer).build();
    }

    private static Recipient payer(Language language) {
        return Recipient.newBuilder().setEmail("billing@payer.test").setLanguage(language).setName(null).build();
    }

    private static EventMetadata metadata() {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(AT).setCorrelationId("corr-sub")
                .setAggregateId("sub-1").setAggregateVersion(1).build();
    }
}
