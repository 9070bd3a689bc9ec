package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.kafka.DeadLetters;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.testing.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Link secrets sealed by the producers reach the email opened; one that cannot be opened is dead-lettered. */
class SealedLinkIT extends FlowIntegrationTest {

    private final LinkSecretSeal producer = LinkSecretSeal.withKeys(LINK_TOKEN_KEYS);

    @Test
    void aSealedInvitationSecretIsOpenedIntoTheEmailedLink() throws Exception {
        String invitee = unique("sealed-invitation");
        String secret = LinkSecret.generate().value();
        InvitationCreated event = EventFixture.invitationCreated(to(invitee, Language.EN), "to be sealed");
        event.setResponseToken(producer.seal(secret, event.getMetadata().getEventId().toString()));

        publish(Topic.INVITATIONS.topicName(), event);

        String text = Inbox.part(awaitOneEmail(invitee), "text/plain");
        assertThat(text).contains("https://partners.example.test/public/invitation-links/" + secret)
                .doesNotContain(event.getResponseToken());
    }

    @Test
    void aSealedTenderSecretIsOpenedIntoTheEmailedLink() throws Exception {
        String requester = unique("sealed-tender");
        String secret = LinkSecret.generate().value();
        TenderSubmitted event = EventFixture.tenderSubmitted("Hosting", to(requester, Language.EN));
        event.setRequesterToken(producer.seal(secret, event.getMetadata().getEventId().toString()));

        publish(Topic.TENDERS.topicName(), event);

        assertThat(Inbox.part(awaitOneEmail(requester), "text/plain"))
                .contains("https://tenders.example.test/public/tender-links/" + secret);
    }

    @Test
    void aSealedSecretPastedFromAnotherEventGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        String invitee = unique("pasted");
        String key = "inv-pasted-" + UUID.randomUUID();
        InvitationCreated event = EventFixture.invitationCreated(to(invitee, Language.EN), "to be sealed");
        event.getMetadata().setAggregateId(key);
        event.setResponseToken(producer.seal(LinkSecret.generate().value(), UUID.randomUUID().toString()));

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.INVITATIONS.deadLetterName())) {
            publish(Topic.INVITATIONS.topicName(), event);
            String next = unique("after-pasted");
            publish(Topic.INVITATIONS.topicName(), EventFixture.invitationDeclined(to(next, Language.EN)));

            awaitOneEmail(next);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .anySatisfy(record -> {
                        assertThat(record.key()).isEqualTo(key);
                        Header reason = record.headers().lastHeader(DeadLetters.REASON_HEADER);
                        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isEqualTo(
                                "PoisonEventException: InvitationCreated.responseToken of event "
                                        + event.getMetadata().getEventId() + " cannot be opened: sealed value does not "
                                        + "authenticate with key 'flow': tampered with, or sealed for another event");
                    }));
        }
        assertThat(inbox.to(invitee)).as("dead-lettered: no email").isEmpty();
    }

    private MimeMessage awaitOneEmail(String address) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(address)).hasSize(1));
        return inbox.to(address).get(0);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
    }
}
