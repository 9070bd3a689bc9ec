package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R28 at scale: one tender offered to 10,000 partners. Publishes 10,000 TenderOffered events and
 * waits until every excerpt email was accepted by the embedded SMTP server; prints the rates.
 * Asserts only the counts: the numbers depend on the machine.
 */
class ExcerptFanOutBenchmarkIT extends FlowIntegrationTest {

    private static final int PARTNERS = Integer.getInteger("benchmark.partners", 10_000);
    private static final Language[] LANGUAGES = Language.values();

    @Test
    void tenThousandExcerptEmails() {
        long sentBefore = deliveries.count(DeliveryStatus.SENT);
        long storedBefore = stored();
        int inboxBefore = EmbeddedPlatform.shared().smtp().getReceivedMessages().length;

        long start = System.nanoTime();
        for (int i = 0; i < PARTNERS; i++) {
            String partnerId = "bench-p-" + i;
            kafka.send(Topic.TENDER_OFFERS.topicName(), partnerId, EventFixture.tenderOffered("bench-t", partnerId,
                    "Web hosting for 35 schools", to("partner-" + i + "@bench.test", LANGUAGES[i % LANGUAGES.length])));
        }
        kafka.flush();
        double published = seconds(start);

        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(250))
                .until(() -> stored() - storedBefore >= PARTNERS);
        double accepted = seconds(start);
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(250))
                .until(() -> deliveries.count(DeliveryStatus.SENT) - sentBefore >= PARTNERS);
        double sent = seconds(start);

        int inboxAfter = EmbeddedPlatform.shared().smtp().getReceivedMessages().length;
        System.out.printf(Locale.ROOT, "%n[benchmark] %d excerpt emails: published in %.2f s, all stored after %.2f s "
                        + "(%.0f events/s through Kafka + templates + Mongo), all accepted by SMTP after %.2f s: "
                        + "%.0f emails/s end to end%n%n",
                PARTNERS, published, accepted, PARTNERS / accepted, sent, PARTNERS / sent);

        assertThat(deliveries.count(DeliveryStatus.SENT) - sentBefore).isEqualTo(PARTNERS);
        assertThat(inboxAfter - inboxBefore).isEqualTo(PARTNERS);
        assertThat(Arrays.stream(DeliveryStatus.values()).filter(DeliveryStatus::awaitsSending)
                .mapToLong(deliveries::count).sum()).isZero();
    }

    private long stored() {
        return Arrays.stream(DeliveryStatus.values()).mapToLong(deliveries::count).sum();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
