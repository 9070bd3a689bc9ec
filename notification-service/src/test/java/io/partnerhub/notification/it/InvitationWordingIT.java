package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import jakarta.mail.internet.MimeMessage;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.partnerhub.events.partnership.InvitationDirection.CUSTOMER_TO_PARTNER;
import static io.partnerhub.events.partnership.InvitationDirection.PARTNER_TO_CUSTOMER;
import static io.partnerhub.notification.it.EventFixture.to;
import static io.partnerhub.notification.it.EventFixture.withDirection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers, reminders and expiries of an invitation speak to the recipient's side when the event
 * says which way the invitation went (R9/R10), and stay neutral for events that do not.
 */
class InvitationWordingIT extends FlowIntegrationTest {

    record Wording(String name, Function<Recipient, SpecificRecordBase> event, String partnerAsked,
                   String customerAsked, String neutral) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Wording> invitationOutcomes() {
        String pair = "Helvetic Hosting SA – Boulangerie Dupont";
        return Stream.of(
                new Wording("accepted", EventFixture::invitationAccepted,
                        "Your invitation to manage Boulangerie Dupont’s products was accepted",
                        "Your invitation to have your products managed by Helvetic Hosting SA was accepted",
                        "Invitation accepted: Helvetic Hosting SA and Boulangerie Dupont are now partners"),
                new Wording("declined", EventFixture::invitationDeclined,
                        "Your invitation to manage Boulangerie Dupont’s products was declined",
                        "Your invitation to have your products managed by Helvetic Hosting SA was declined",
                        "Invitation declined: " + pair),
                new Wording("cancelled", EventFixture::invitationCancelled,
                        "Helvetic Hosting SA withdrew its request to manage your products",
                        "Boulangerie Dupont withdrew its invitation to manage its products",
                        "Invitation withdrawn: " + pair),
                new Wording("expiring soon", EventFixture::invitationExpiringSoon,
                        "Your invitation to manage Boulangerie Dupont’s products expires soon",
                        "Your invitation to have your products managed by Helvetic Hosting SA expires soon",
                        "Invitation expiring soon: " + pair),
                new Wording("expired", EventFixture::invitationExpired,
                        "Your invitation to manage Boulangerie Dupont’s products expired",
                        "Your invitation to have your products managed by Helvetic Hosting SA expired",
                        "Invitation expired: " + pair));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invitationOutcomes")
    void theEmailIsWordedForTheSideThatInvitedAndNeutralWhenTheEventDoesNotSay(Wording wording) {
        String partnerAsked = unique("partner-asked");
        String customerAsked = unique("customer-asked");
        String notSaid = unique("not-said");

        publish(Topic.INVITATIONS.topicName(),
                withDirection(wording.event().apply(to(partnerAsked, Language.EN)), PARTNER_TO_CUSTOMER));
        publish(Topic.INVITATIONS.topicName(),
                withDirection(wording.event().apply(to(customerAsked, Language.EN)), CUSTOMER_TO_PARTNER));
        publish(Topic.INVITATIONS.topicName(), wording.event().apply(to(notSaid, Language.EN)));

        List<MimeMessage> emails = Stream.of(partnerAsked, customerAsked, notSaid).map(this::awaitOneEmail).toList();
        assertThat(emails).extracting(MimeMessage::getSubject)
                .containsExactly(wording.partnerAsked(), wording.customerAsked(), wording.neutral());
        List<String> texts = emails.stream().map(email -> Inbox.part(email, "text/plain")).toList();
        assertThat(texts).allSatisfy(text -> assertThat(text).startsWith("Hello,").doesNotContain("??"))
                .doesNotHaveDuplicates();
        assertThat(emails.stream().map(email -> Inbox.part(email, "text/html")).toList()).doesNotHaveDuplicates();
    }

    private MimeMessage awaitOneEmail(String address) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(address)).hasSize(1));
        return inbox.to(address).get(0);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
    }
}
