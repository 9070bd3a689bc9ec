package io.partnerhub.notification.it;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerhub.events.Topic;
import io.partnerhub.events.notification.NotificationFailed;
import io.partnerhub.events.notification.NotificationSent;
import io.partnerhub.notification.delivery.Attempt;
import io.partnerhub.notification.delivery.AttemptOutcome;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.application.NotificationIntake;
import io.partnerhub.notification.delivery.persistence.DeliveryStore;
import io.partnerhub.notification.delivery.scheduling.SenderJob;
import io.partnerhub.notification.message.Language;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.notification.message.Precondition;
import io.partnerhub.notification.message.Recipient;
import io.partnerhub.platform.EmbeddedPlatformExtension;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sender against an SMTP server that refuses: 4xx for a while then 250 ends with exactly one
 * delivered copy; 5xx ends in a failed notification and its event. The retry schedule is shrunk
 * to milliseconds; Kafka listeners are off (emails are handed to the intake directly). Work left
 * in MongoDB by a dead instance is picked up: the schedule lives in the documents, not in memory.
 */
@ExtendWith({EmbeddedPlatformExtension.class, OwnerStandInExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.mongodb.database=notification-retry-it",
        "partnerhub.notification.listeners-auto-startup=false",
        "partnerhub.notification.retry.first-delay=100ms",
        "partnerhub.notification.retry.max-delay=400ms",
        "partnerhub.notification.retry.max-attempts=6",
        "partnerhub.notification.sender.poll-interval=50ms",
        "partnerhub.notification.sender.threads=1",
        "partnerhub.notification.sender.lease=3s",
        "partnerhub.notification.checks.chunk-size=2"})
@ActiveProfiles("test")
class SmtpRetryIT {

    static final StubSmtpServer SMTP = startStub();

    @Autowired
    NotificationIntake intake;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SenderJob senderJob;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stopStub() throws IOException {
        SMTP.close();
    }

    @Test
    void aServerThatRefusesWith4xxForAWhileEndsWithExactlyOneDeliveredCopy() {
        String partner = unique("greylisted");
        SMTP.policy(StubSmtpServer.refuseFirst(partner, 3, "451 4.7.1 greylisted, try again later"));
        Message offer = offerTo(partner);
        double retriesBefore = attempts("retry_scheduled");
        double sentBefore = attempts("sent");

        try (TopicProbe<SpecificRecord> notifications = TopicProbe.events(Topic.NOTIFICATIONS.topicName())) {
            assertThat(intake.accept(List.of(offer))).isEqualTo(1);

            Delivery sent = awaitFinished(offer);
            assertThat(attempts("retry_scheduled") - retriesBefore).as("retrying attempts counted").isGreaterThanOrEqualTo(3);
            assertThat(attempts("sent") - sentBefore).as("sent attempts counted").isGreaterThanOrEqualTo(1);
            assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(sent.attempts()).extracting(attempt -> attempt.reply().code()).containsExactly(451, 451, 451, 250);
            assertThat(sent.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.TRANSIENT_FAILURE,
                    AttemptOutcome.TRANSIENT_FAILURE, AttemptOutcome.TRANSIENT_FAILURE, AttemptOutcome.ACCEPTED);
            assertThat(sent.attempts().get(0).reply().text()).contains("greylisted");
            assertThat(SMTP.deliveredTo(partner)).isEqualTo(1);
            assertThat(SMTP.rcptAttempts(partner)).isEqualTo(4);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.poll())
                    .anySatisfy(record -> assertThat(record.value()).isInstanceOfSatisfying(NotificationSent.class,
                            event -> {
                                assertThat(event.getNotificationId()).isEqualTo(sent.id().toString());
                                assertThat(event.getAttempts()).isEqualTo(4);
                            })));
        }
        assertThat(intake.accept(List.of(offer))).as("the same event again").isZero();
        assertThat(SMTP.deliveredTo(partner)).isEqualTo(1);
    }

    private double attempts(String status) {
        Counter counter = meters.find("partnerhub.notifications.attempts").tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aPermanentRefusalEndsInAFailedNotificationAndItsEvent() {
        String nobody = unique("nobody");
        SMTP.policy(StubSmtpServer.always(nobody, "550 5.1.1 no such user", to -> "250 OK"));
        Message offer = offerTo(nobody);

        try (TopicProbe<SpecificRecord> notifications = TopicProbe.events(Topic.NOTIFICATIONS.topicName())) {
            intake.accept(List.of(offer));

            Delivery failed = awaitFinished(offer);
            assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(failed.attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.reply().code()).isEqualTo(550);
                assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.PERMANENT_FAILURE);
            });
            assertThat(failed.failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("permanent SMTP failure: 550").contains("no such user"));
            assertThat(SMTP.deliveredTo(nobody)).isZero();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.poll())
                    .anySatisfy(record -> assertThat(record.value()).isInstanceOfSatisfying(NotificationFailed.class,
                            event -> {
                                assertThat(event.getNotificationId()).isEqualTo(failed.id().toString());
                                assertThat(event.getSmtpReply()).startsWith("550");
                                assertThat(event.getReason()).contains("permanent SMTP failure");
                            })));
        }
    }

    @Test
    void aServerThatNeverAcceptsIsGivenUpAfterTheLastScheduledAttempt() {
        String busy = unique("busy");
        SMTP.policy(StubSmtpServer.always(busy, "421 4.3.2 system busy", to -> "250 OK"));
        Message offer = offerTo(busy);

        intake.accept(List.of(offer));

        Delivery failed = awaitFinished(offer);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).hasSize(6);
        assertThat(failed.failureReason()).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("gave up after 6 attempts, last reply: 421 4.3.2 system busy"));
    }

    @Test
    void oneRefusedEmailDoesNotHoldBackTheOthersInItsBatch() {
        String refused = unique("refused");
        List<String> fine = List.of(unique("fine"), unique("fine"), unique("fine"));
        SMTP.policy(StubSmtpServer.always(refused, "550 5.7.1 rejected", to -> "250 OK"));
        List<Message> batch = List.of(offerTo(fine.get(0)), offerTo(refused), offerTo(fine.get(1)), offerTo(fine.get(2)));

        intake.accept(batch);

        batch.forEach(this::awaitFinished);
        fine.forEach(address -> assertThat(SMTP.deliveredTo(address)).isEqualTo(1));
        assertThat(awaitFinished(batch.get(1)).status()).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void anEmailLeftClaimedByASenderThatDiedIsSentOnceItsLeaseRunsOut() {
        String partner = unique("orphan");
        SMTP.policy((to, attempt) -> "250 OK");
        String id = UUID.randomUUID().toString();
        Date past = Date.from(Instant.now().minusSeconds(1));
        // what a crashed instance leaves behind: claimed (token of a dead sender), lease over
        mongo.getCollection("deliveries").insertOne(new Document("_id", id)
                .append("idempotencyKey", "orphan-event/TENDER_OFFERED/" + partner)
                .append("sourceEventId", "orphan-event").append("sourceEventType", "TenderOffered")
                .append("correlationId", "corr-orphan").append("messageKind", "TENDER_OFFERED")
                .append("recipientEmail", partner).append("recipientAddress", partner).append("language", "IT")
                .append("createdAt", past).append("attempts", List.of()).append("outbox", List.of())
                .append("subject", "Nuova richiesta di offerta: Orphan").append("html", "<p>Orphan</p>")
                .append("text", "Orphan").append("status", "PENDING").append("nextAttemptAt", past)
                .append("roundStart", 0).append("claim", "token-of-a-dead-sender"));

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.find(UUID.fromString(id))
                .map(delivery -> delivery.status() == DeliveryStatus.SENT).orElse(false));
        assertThat(SMTP.deliveredTo(partner)).isEqualTo(1);
    }

    @Test
    void aRoundThatTakesLongerThanTheLeaseKeepsItsClaimAndSendsOnce() {
        String slow = unique("slow");
        // the server takes 6 s to answer, twice the lease of 3 s
        SMTP.policy((to, attempt) -> {
            if (to.equalsIgnoreCase(slow)) {
                LockSupport.parkNanos(Duration.ofSeconds(6).toNanos());
            }
            return "250 OK";
        });
        intake.accept(List.of(offerTo(slow)));
        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.rcptAttempts(slow) == 1);
        String id = mongo.getCollection("deliveries").find(new Document("recipientEmail", slow)).first().getString("_id");

        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> {
            Document delivery = mongo.getCollection("deliveries").find(new Document("_id", id)).first();
            return delivery.get("claim") == null
                    || delivery.getDate("nextAttemptAt").toInstant().isAfter(Instant.now());
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.find(UUID.fromString(id))
                .map(delivery -> delivery.status() == DeliveryStatus.SENT).orElse(false));
        assertThat(SMTP.rcptAttempts(slow)).as("attempts: no other round took it while it was sending").isEqualTo(1);
        assertThat(SMTP.deliveredTo(slow)).isEqualTo(1);
    }

    @Test
    void theChunksOfARoundAreCheckedOneByOneAndSentOverOneSmtpConnection() {
        String tender = "t-" + UUID.randomUUID();
        List<Message> fanOut = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> offerTo(unique("chunked")).requiring(new Precondition.TenderOpen(tender))).toList();
        SMTP.policy((to, attempt) -> "250 OK");
        int connectionsBefore = SMTP.connections();

        inOneRound(() -> intake.accept(fanOut));

        fanOut.forEach(this::awaitFinished);
        fanOut.forEach(message -> assertThat(SMTP.deliveredTo(message.recipient().email())).isEqualTo(1));
        assertThat(OwnerStandIn.shared().requestsNaming(tender)).as("7 excerpts in chunks of 2").isEqualTo(4);
        assertThat(SMTP.connections() - connectionsBefore).as("one connection for the round's 4 chunks").isEqualTo(1);
    }

    @Test
    void aServerThatDropsTheConnectionBetweenChunksGetsANewOneAndEveryEmailGoesOutOnce() {
        String tender = "t-" + UUID.randomUUID();
        List<Message> fanOut = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> offerTo(unique("dropped")).requiring(new Precondition.TenderOpen(tender))).toList();
        SMTP.policy((to, attempt) -> "250 OK");
        int connectionsBefore = SMTP.connections();
        SMTP.dropConnectionAfter(2);

        inOneRound(() -> intake.accept(fanOut));

        fanOut.forEach(message -> {
            Delivery sent = awaitFinished(message);
            assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(sent.attempts()).hasSize(1);
            assertThat(SMTP.deliveredTo(message.recipient().email())).isEqualTo(1);
        });
        assertThat(SMTP.connections() - connectionsBefore).isEqualTo(2);
    }

    @Test
    void eachChunkIsRecordedAsSoonAsItWasSentSoThatACrashLaterInTheRoundCannotSendItAgain() {
        String tender = "t-" + UUID.randomUUID();
        List<Message> fanOut = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> offerTo(unique("recorded")).requiring(new Precondition.TenderOpen(tender))).toList();
        java.util.concurrent.atomic.AtomicInteger recipients = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch secondChunk = new java.util.concurrent.CountDownLatch(1);
        // the server answers the first chunk (2 emails) at once and holds the second one back
        SMTP.policy((to, attempt) -> {
            if (recipients.incrementAndGet() > 2) {
                awaitQuietly(secondChunk);
            }
            return "250 OK";
        });
        try {
            inOneRound(() -> intake.accept(fanOut));

            await().atMost(Duration.ofSeconds(5)).until(() -> fanOut.stream().filter(message ->
                    deliveries.find(message.idempotencyKey().notificationId())
                            .map(delivery -> delivery.status() == DeliveryStatus.SENT).orElse(false)).count() == 2);
        } finally {
            secondChunk.countDown();
        }
        fanOut.forEach(message -> assertThat(awaitFinished(message).status()).isEqualTo(DeliveryStatus.SENT));
        fanOut.forEach(message -> assertThat(SMTP.deliveredTo(message.recipient().email())).isEqualTo(1));
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(8, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What {@code storing} stores is claimed by the (one) sender thread in one round. */
    private void inOneRound(Runnable storing) {
        senderJob.stop();
        try {
            storing.run();
        } finally {
            senderJob.start();
        }
    }

    private Delivery awaitFinished(Message message) {
        UUID id = message.idempotencyKey().notificationId();
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.find(id)
                .map(delivery -> !delivery.status().awaitsSending()).orElse(false));
        return deliveries.find(id).orElseThrow();
    }

    private static Message offerTo(String address) {
        Message sample = MessageFixture.tenderOffered("Retry", Language.EN);
        return new Message(UUID.randomUUID().toString(), "TenderOffered", "corr-retry", sample.kind(),
                new Recipient(address, Language.DE, null), sample.data());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@retry.test";
    }

    private static StubSmtpServer startStub() {
        try {
            return new StubSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
