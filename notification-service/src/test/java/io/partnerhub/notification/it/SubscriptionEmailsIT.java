package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.billing.SubscriptionLapsed;
import io.partnerhub.events.billing.SubscriptionRenewalReminder;
import io.partnerhub.events.common.Language;
import io.partnerhub.testing.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * billing-service's subscription events through Kafka into the SMTP server: the renewal reminder
 * and the lapse reach the payer's billing contact in their language; a payer without one gets
 * nothing and the listener goes on.
 */
class SubscriptionEmailsIT extends FlowIntegrationTest {

    @Test
    void aRenewalReminderReachesTheGermanPayerInGerman() throws Exception {
        String payer = unique("reminder-de");

        publish(Topic.SUBSCRIPTIONS.topicName(), EventFixture.renewalReminder("sub-" + UUID.randomUUID(),
                to(payer, Language.DE)));

        MimeMessage email = awaitOneEmail(payer);
        assertThat(email.getSubject()).isEqualTo("Ihr Abonnement Web Hosting Pro wird bald verlängert");
        assertThat(email.getContentLanguage()).containsExactly("de");
        String text = Inbox.part(email, "text/plain");
        assertThat(text).contains("Ihr Abonnement Web Hosting Pro (×35) wird am 10. Dezember 2026, 10:30")
                .contains("verlängert, in 7 Tagen.")
                .contains("Schalten Sie die automatische Verlängerung vorher aus, wenn Sie es nicht verlängern möchten.");
        assertThat(Inbox.part(email, "text/html")).contains("<html lang=\"de\"")
                .contains("Ihr Abonnement Web Hosting Pro (×35) wird am 10. Dezember 2026");
    }

    @Test
    void aLapseReachesTheFrenchPayerInFrenchWithItsReason() throws Exception {
        String payer = unique("lapsed-fr");

        publish(Topic.SUBSCRIPTIONS.topicName(), EventFixture.subscriptionLapsed("sub-" + UUID.randomUUID(),
                LapseReason.NO_LIVE_PARTNERSHIP, to(payer, Language.FR)));

        MimeMessage email = awaitOneEmail(payer);
        assertThat(email.getSubject()).isEqualTo("Votre abonnement Web Hosting Pro a pris fin");
        assertThat(email.getContentLanguage()).containsExactly("fr");
        String text = Inbox.part(email, "text/plain");
        assertThat(text).startsWith("Bonjour,")
                .contains("Votre abonnement Web Hosting Pro (×35) a pris fin le 10 décembre 2026")
                .contains(" : il était payé par un partenaire qui ne gère plus ce client.");
        assertThat(Inbox.part(email, "text/html")).contains("<html lang=\"fr\"")
                .contains("il était payé par un partenaire qui ne gère plus ce client.");
    }

    @Test
    void aPayerWithoutABillingContactGetsNothingAndTheListenerGoesOn() throws Exception {
        String subscriptionId = "sub-nobody-" + UUID.randomUUID();
        SubscriptionRenewalReminder reminder = EventFixture.renewalReminder(subscriptionId, null);
        SubscriptionLapsed lapsed = EventFixture.subscriptionLapsed(subscriptionId, LapseReason.CANCELLED, null);
        String next = unique("after-nobody");

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.SUBSCRIPTIONS.deadLetterName())) {
            // one key, one partition: the next event is read after the two without a contact
            kafka.send(Topic.SUBSCRIPTIONS.topicName(), subscriptionId, reminder);
            kafka.send(Topic.SUBSCRIPTIONS.topicName(), subscriptionId, lapsed);
            kafka.send(Topic.SUBSCRIPTIONS.topicName(), subscriptionId,
                    EventFixture.subscriptionLapsed(subscriptionId, LapseReason.CANCELLED, to(next, Language.EN)));

            MimeMessage email = awaitOneEmail(next);
            assertThat(Inbox.part(email, "text/plain")).contains(": it was cancelled at the end of its period.");
            assertThat(deliveries.search(null, reminder.getMetadata().getEventId().toString(), null, 10)).isEmpty();
            assertThat(deliveries.search(null, lapsed.getMetadata().getEventId().toString(), null, 10)).isEmpty();
            assertThat(deadLetters.poll()).noneMatch(record -> subscriptionId.equals(record.key()));
        }
    }

    private MimeMessage awaitOneEmail(String address) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(address)).hasSize(1));
        return inbox.to(address).get(0);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
    }
}
