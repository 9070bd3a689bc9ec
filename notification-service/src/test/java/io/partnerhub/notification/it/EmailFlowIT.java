package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.LapseReason;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.notification.NotificationFailed;
import io.partnerhub.events.notification.NotificationSent;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every event kind through Kafka into the SMTP server, in two languages each; exactly once; failures. */
class EmailFlowIT extends FlowIntegrationTest {

    record Case(String name, Topic topic, Function<Recipient, SpecificRecord> event, Language other,
                String englishSubject, String otherSubject, String englishBody) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> everyEmail() {
        String pair = "Helvetic Hosting SA – Boulangerie Dupont";
        return Stream.of(
                new Case("invitation received (partner asks)", Topic.INVITATIONS,
                        r -> EventFixture.invitationCreated(r, "tok-1"), Language.DE,
                        "Helvetic Hosting SA would like to manage your products",
                        "Helvetic Hosting SA möchte Ihre Produkte verwalten",
                        "https://partners.example.test/public/invitation-links/tok-1"),
                new Case("invitation resent (customer asks)", Topic.INVITATIONS, EventFixture::invitationResent,
                        Language.FR, "Boulangerie Dupont invites you to manage its products",
                        "Boulangerie Dupont vous invite à gérer ses produits",
                        "https://partners.example.test/public/invitation-links/tok-2"),
                new Case("invitation accepted", Topic.INVITATIONS, EventFixture::invitationAccepted, Language.ES,
                        "Invitation accepted: Helvetic Hosting SA and Boulangerie Dupont are now partners",
                        "Invitación aceptada: Helvetic Hosting SA y Boulangerie Dupont ya son socios",
                        "Limited access to: mail"),
                new Case("invitation declined", Topic.INVITATIONS, EventFixture::invitationDeclined, Language.IT,
                        "Invitation declined: " + pair, "Invito rifiutato: " + pair, "has been declined"),
                new Case("invitation cancelled", Topic.INVITATIONS, EventFixture::invitationCancelled, Language.DE,
                        "Invitation withdrawn: " + pair, "Einladung zurückgezogen: " + pair, "withdrawn by its sender"),
                new Case("invitation expiring soon", Topic.INVITATIONS, EventFixture::invitationExpiringSoon,
                        Language.FR, "Invitation expiring soon: " + pair, "Invitation bientôt expirée : " + pair,
                        "in 2 days"),
                new Case("invitation expired", Topic.INVITATIONS, EventFixture::invitationExpired, Language.ES,
                        "Invitation expired: " + pair, "Invitación caducada: " + pair, "expired without an answer"),
                new Case("access changed", Topic.PARTNERSHIPS, EventFixture::accessChanged, Language.DE,
                        "Boulangerie Dupont changed your access", "Boulangerie Dupont hat Ihren Zugriff geändert",
                        "paid with the customer’s own payment means"),
                new Case("payment mode changed", Topic.PARTNERSHIPS, EventFixture::paymentModeChanged, Language.IT,
                        "Boulangerie Dupont changed the payment mode",
                        "Boulangerie Dupont ha cambiato la modalità di pagamento",
                        "Now: paid with the partner’s payment means"),
                new Case("access increase requested", Topic.PARTNERSHIPS, EventFixture::accessIncreaseRequested,
                        Language.FR, "Helvetic Hosting SA asks for more access",
                        "Helvetic Hosting SA demande plus d’accès", "https://partners.example.test/partnerships/ps-3/access-increase-request"),
                new Case("partnership ended", Topic.PARTNERSHIPS, EventFixture::partnershipTerminated, Language.DE,
                        "Partnership ended: " + pair, "Partnerschaft beendet: " + pair,
                        "Boulangerie Dupont has ended its partnership with Helvetic Hosting SA."),
                new Case("partner program status changed", Topic.PARTNERS, EventFixture::programStatusChanged,
                        Language.ES, "Your Partner Program status has changed",
                        "Su estado en el Programa de Socios ha cambiado", "CHF\u00A01,500.00"),
                new Case("tender confirmation", Topic.TENDERS, r -> EventFixture.tenderSubmitted("Hosting", r),
                        Language.FR, "We received your tender request “Hosting”",
                        "Nous avons bien reçu votre demande d’offre « Hosting »",
                        "https://tenders.example.test/public/tender-links/cancel-token-1"),
                new Case("tender excerpt offered", Topic.TENDER_OFFERS,
                        r -> EventFixture.tenderOffered("t-2", "p-2", "Hosting", r), Language.DE,
                        "New tender request: Hosting", "Neue Ausschreibung: Hosting",
                        "https://tenders.example.test/partner/tenders/t-2"),
                new Case("proposal received", Topic.TENDERS, EventFixture::proposalSubmitted, Language.IT,
                        "New proposal for “Hosting”", "Nuova proposta per «Hosting»",
                        "We offer 35 hostings, setup included."),
                new Case("tender withdrawn", Topic.TENDERS, EventFixture::tenderWithdrawn, Language.ES,
                        "Tender request withdrawn: Hosting", "Solicitud de oferta retirada: Hosting",
                        "cancelled by the requester"),
                new Case("subscription renewal reminder", Topic.SUBSCRIPTIONS,
                        r -> EventFixture.renewalReminder("sub-f1", r), Language.IT,
                        "Your subscription Web Hosting Pro renews soon",
                        "Il suo abbonamento Web Hosting Pro si rinnova a breve", "(×35) renews on "),
                new Case("subscription lapsed", Topic.SUBSCRIPTIONS,
                        r -> EventFixture.subscriptionLapsed("sub-f2", LapseReason.AUTO_RENEWAL_OFF, r), Language.ES,
                        "Your subscription Web Hosting Pro has ended", "Su suscripción Web Hosting Pro ha finalizado",
                        ": auto-renewal was turned off."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEmail")
    void eachEventKindReachesTheRecipientInTheirLanguage(Case email) throws Exception {
        String english = unique("en");
        String other = unique(email.other().name().toLowerCase());

        publish(email.topic().topicName(), email.event().apply(to(english, Language.EN)));
        publish(email.topic().topicName(), email.event().apply(to(other, email.other())));

        MimeMessage inEnglish = awaitOneEmail(english);
        MimeMessage inOther = awaitOneEmail(other);
        assertThat(inEnglish.getSubject()).isEqualTo(email.englishSubject());
        assertThat(inOther.getSubject()).isEqualTo(email.otherSubject());
        assertThat(Inbox.part(inEnglish, "text/plain")).contains(email.englishBody()).startsWith("Hello,");
        assertThat(Inbox.part(inEnglish, "text/html")).contains("<html lang=\"en\"");
        assertThat(Inbox.part(inOther, "text/html")).contains("<html lang=\"" + email.other().name().toLowerCase() + "\"");
        assertThat(inOther.getContentLanguage()).containsExactly(email.other().name().toLowerCase());
    }

    @Test
    void markupInATenderTitleArrivesAsText() throws Exception {
        String partner = unique("xss");
        String title = "<script>alert('x')</script><b>Cheap</b>";

        publish(Topic.TENDER_OFFERS.topicName(), EventFixture.tenderOffered("t-x", "p-x", title, to(partner, Language.EN)));

        MimeMessage email = awaitOneEmail(partner);
        assertThat(Inbox.part(email, "text/html")).doesNotContain("<script>").doesNotContain("<b>Cheap")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;Cheap&lt;/b&gt;");
        assertThat(Inbox.part(email, "text/plain")).contains(title);
        assertThat(email.getSubject()).isEqualTo("New tender request: " + title);
        assertThat(email.getMessageID()).matches("<[0-9a-f-]{36}\\.0@notification\\.partnerhub>");
    }

    @Test
    void aRedeliveredEventSendsNothingNew() throws Exception {
        String partner = unique("twice");
        String marker = unique("marker");
        TenderOffered offer = EventFixture.tenderOffered("t-r", "p-r", "Twice", to(partner, Language.EN));
        publish(Topic.TENDER_OFFERS.topicName(), offer);
        awaitOneEmail(partner);

        kafka.send(Topic.TENDER_OFFERS.topicName(), "p-r", offer);
        kafka.send(Topic.TENDER_OFFERS.topicName(), "p-r",
                EventFixture.tenderOffered("t-m", "p-r", "Marker", to(marker, Language.EN)));
        awaitOneEmail(marker);

        assertThat(inbox.to(partner)).hasSize(1);
        assertThat(deliveries.search(null, offer.getMetadata().getEventId().toString(), null, 10)).hasSize(1);
    }

    @Test
    void incompleteTemplateDataIsAFailedNotificationWithAReasonNotACrash() {
        String invitee = unique("incomplete");
        InvitationCreated invitation = EventFixture.invitationCreated(to(invitee, Language.DE), " ");
        String eventId = invitation.getMetadata().getEventId().toString();

        try (TopicProbe<SpecificRecord> notifications = TopicProbe.events(Topic.NOTIFICATIONS.topicName())) {
            publish(Topic.INVITATIONS.topicName(), invitation);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<Delivery> found = deliveries.search(null, eventId, null, 10);
                assertThat(found).singleElement().satisfies(delivery -> {
                    assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
                    assertThat(delivery.failureReason()).contains("incomplete template data: missing respondLink");
                });
            });
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.poll())
                    .anySatisfy(record -> assertThat(record.value()).isInstanceOfSatisfying(NotificationFailed.class,
                            failed -> {
                                assertThat(failed.getSourceEventId()).isEqualTo(eventId);
                                assertThat(failed.getReason()).contains("respondLink");
                                assertThat(failed.getMessageKind()).isEqualTo("INVITATION_RECEIVED");
                            })));
        }
        assertThat(inbox.to(invitee)).isEmpty();
    }

    @Test
    void aSentEmailPublishesNotificationSent() {
        String partner = unique("sent-event");
        TenderOffered offer = EventFixture.tenderOffered("t-s", "p-s", "Sent", to(partner, Language.IT));

        try (TopicProbe<SpecificRecord> notifications = TopicProbe.events(Topic.NOTIFICATIONS.topicName())) {
            publish(Topic.TENDER_OFFERS.topicName(), offer);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.poll())
                    .anySatisfy(record -> assertThat(record.value()).isInstanceOfSatisfying(NotificationSent.class,
                            sent -> {
                                assertThat(sent.getSourceEventId()).isEqualTo(offer.getMetadata().getEventId().toString());
                                assertThat(sent.getRecipientEmail()).isEqualTo(partner);
                                assertThat(sent.getLanguage()).isEqualTo(Language.IT);
                                assertThat(sent.getAttempts()).isEqualTo(1);
                                assertThat(record.key()).isEqualTo(sent.getNotificationId());
                            })));
        }
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheListenerGoesOn() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
             TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.INVITATIONS.deadLetterName())) {
            raw.send(new ProducerRecord<>(Topic.INVITATIONS.topicName(), key,
                    "not avro at all".getBytes(StandardCharsets.UTF_8))).get();

            String next = unique("after-poison");
            publish(Topic.INVITATIONS.topicName(), EventFixture.invitationDeclined(to(next, Language.EN)));

            awaitOneEmail(next);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .anySatisfy(record -> assertThat(record.key()).isEqualTo(key)));
        }
    }

    @Test
    void opsFindAnEmailSeeItsAttemptsAndResendIt() throws Exception {
        String partner = unique("ops");
        publish(Topic.TENDER_OFFERS.topicName(), EventFixture.tenderOffered("t-o", "p-o", "Ops", to(partner, Language.FR)));
        awaitOneEmail(partner);
        String ops = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-ops", "provider", Set.of("OPS"));
        String notOps = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-admin", "org-1", Set.of("ADMIN"));

        client.get().uri("/ops/deliveries?recipient={r}", partner.toUpperCase()).header("Authorization", ops)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].status").isEqualTo("SENT")
                .jsonPath("$[0].messageKind").isEqualTo("TENDER_OFFERED")
                .jsonPath("$[0].subject").isEqualTo("Nouvelle demande d’offre : Ops")
                .jsonPath("$[0].attempts[0].smtpCode").isEqualTo(250)
                .jsonPath("$[0].attempts[0].outcome").isEqualTo("ACCEPTED");
        client.get().uri("/ops/deliveries?status=SENT&limit=1").header("Authorization", ops)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        client.get().uri("/ops/deliveries?recipient={r}", partner).header("Authorization", notOps)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/ops/deliveries").exchange().expectStatus().isUnauthorized();
        client.get().uri("/ops/deliveries/{id}", UUID.randomUUID()).header("Authorization", ops)
                .exchange().expectStatus().isNotFound();

        String id = deliveries.search(partner, null, null, 1).get(0).id().toString();
        client.post().uri("/ops/deliveries/{id}/resend", id).header("Authorization", ops)
                .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.status").isEqualTo("PENDING");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox.to(partner)).hasSize(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                client.get().uri("/ops/deliveries/{id}", id).header("Authorization", ops).exchange()
                        .expectStatus().isOk().expectBody()
                        .jsonPath("$.status").isEqualTo("SENT")
                        .jsonPath("$.attempts.length()").isEqualTo(2));
    }

    private MimeMessage awaitOneEmail(String address) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(address)).hasSize(1));
        return inbox.to(address).get(0);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
    }
}
