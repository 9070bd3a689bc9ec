package io.partnerhub.notification.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.kafka.DeadLetters;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.ConsumerGroupReplay;
import io.partnerhub.testing.FailedDeliveries;
import io.partnerhub.testing.ListenerContainers;
import io.partnerhub.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.CommonErrorHandler;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Error handling per listener (partnership events, tender events, tender offers, subscription
 * events): every container uses the kit's handler, a record the listener cannot use goes to the
 * DLT at once with its reason and its original headers, and incomplete data is a failed email,
 * not a failed record. How often a record was delivered is read from the handler's own retry
 * listener.
 */
class ListenerErrorHandlingIT extends FlowIntegrationTest {

    private static final String ORIGIN_HEADER = "x-test-origin";

    @Autowired
    CommonErrorHandler errorHandler;

    @Autowired
    MongoTemplate mongo;

    @RegisterExtension
    final FailedDeliveries failures = new FailedDeliveries();

    private final LinkSecretSeal producer = LinkSecretSeal.withKeys(LINK_TOKEN_KEYS);

    @Test
    void everyListenerUsesTheKitsRetriesAndDeadLetterTopicNotLogAndSkip() {
        ListenerContainers.assertEveryOneUses(listeners, errorHandler);
    }

    @ParameterizedTest
    @EnumSource(value = Topic.class, names = {"PARTNERS", "INVITATIONS", "PARTNERSHIPS", "TENDERS", "TENDER_OFFERS",
            "SUBSCRIPTIONS"})
    void bytesThatAreNotTheWireFormatGoToTheDeadLetterTopicAtOnceWithTheReasonAndTheirHeaders(Topic topic) {
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = ("not our wire format " + key).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = rawProducer();
             TopicProbe<byte[]> deadLetters = TopicProbe.raw(topic.deadLetterName())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.topicName(), key, poison);
            record.headers().add(ORIGIN_HEADER, key.getBytes(StandardCharsets.UTF_8));
            raw.send(record);
            raw.flush();

            ConsumerRecord<String, byte[]> dead = awaitDeadLetter(deadLetters, key);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(header(dead, DeadLetters.REASON_HEADER)).isNotBlank();
            assertThat(header(dead, ORIGIN_HEADER)).isEqualTo(key);
        }
        assertThat(failures.attemptsOf(key)).as("delivered once, not retried").containsExactly(1);
        assertThat(failures.recovered(key)).isTrue();
    }

    @Test
    void anInvitationWhoseSealedLinkCannotBeOpenedGoesToTheDeadLetterTopicWithoutRetries() {
        String invitee = unique("unopenable-invitation");
        InvitationCreated event = EventFixture.invitationCreated(to(invitee, Language.EN), "to be sealed");
        String key = "inv-unopenable-" + UUID.randomUUID();
        event.getMetadata().setAggregateId(key);
        event.setResponseToken(producer.seal(LinkSecret.generate().value(), UUID.randomUUID().toString()));

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.INVITATIONS.deadLetterName())) {
            publish(Topic.INVITATIONS.topicName(), event);
            assertThat(header(awaitDeadLetter(deadLetters, key), DeadLetters.REASON_HEADER))
                    .startsWith("PoisonEventException: InvitationCreated.responseToken of event "
                            + event.getMetadata().getEventId() + " cannot be opened");
        }
        assertThat(failures.attemptsOf(key)).as("delivered once, not retried").containsExactly(1);
        assertThat(deliveries.search(null, event.getMetadata().getEventId().toString(), null, 10)).isEmpty();
        assertThat(inbox.to(invitee)).isEmpty();
    }

    @Test
    void aTenderWhoseSealedLinkCannotBeOpenedGoesToTheDeadLetterTopicWithoutRetries() {
        String requester = unique("unopenable-tender");
        TenderSubmitted event = EventFixture.tenderSubmitted("Unopenable", to(requester, Language.EN));
        String key = "tender-unopenable-" + UUID.randomUUID();
        event.getMetadata().setAggregateId(key);
        event.setRequesterToken(producer.seal(LinkSecret.generate().value(), UUID.randomUUID().toString()));

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.TENDERS.deadLetterName())) {
            publish(Topic.TENDERS.topicName(), event);
            assertThat(header(awaitDeadLetter(deadLetters, key), DeadLetters.REASON_HEADER))
                    .startsWith("PoisonEventException: TenderSubmitted.requesterToken of event "
                            + event.getMetadata().getEventId() + " cannot be opened");
        }
        assertThat(failures.attemptsOf(key)).as("delivered once, not retried").containsExactly(1);
        assertThat(deliveries.search(null, event.getMetadata().getEventId().toString(), null, 10)).isEmpty();
        assertThat(inbox.to(requester)).isEmpty();
    }

    /** An offer cannot carry an unopenable secret; its domain error is an email that cannot be written. */
    @Test
    void anOfferToAnAddressThatIsNotOneIsAFailedEmailNotAFailedRecord() {
        String partnerId = "p-no-address-" + UUID.randomUUID();
        TenderOffered offer = EventFixture.tenderOffered("t-no-address", partnerId, "Nowhere",
                to("not an address", Language.EN));
        String next = unique("after-no-address");

        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.TENDER_OFFERS.deadLetterName())) {
            kafka.send(Topic.TENDER_OFFERS.topicName(), partnerId, offer);
            kafka.send(Topic.TENDER_OFFERS.topicName(), partnerId,
                    EventFixture.tenderOffered("t-no-address", partnerId, "Somewhere", to(next, Language.EN)));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inbox.to(next)).hasSize(1));
            assertThat(deliveries.search(null, offer.getMetadata().getEventId().toString(), null, 10))
                    .singleElement().satisfies(delivery -> {
                        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
                        assertThat(delivery.failureReason()).get().asString().contains("not an address");
                    });
            assertThat(deadLetters.poll()).noneMatch(record -> partnerId.equals(record.key()));
        }
        assertThat(failures.attemptsOf(partnerId)).as("the record never failed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notification-service-partnership", "notification-service-tender",
            "notification-service-tender-offer", "notification-service-subscription"})
    void replayingEveryPartitionFromOffsetZeroStoresAndSendsNothingNew(String listenerId) throws Exception {
        String partnerAddress = unique("replayed");
        publish(Topic.TENDER_OFFERS.topicName(),
                EventFixture.tenderOffered("t-replay", "p-replay", "Replayed", to(partnerAddress, Language.EN)));
        String invitee = unique("replayed");
        publish(Topic.INVITATIONS.topicName(), EventFixture.invitationDeclined(to(invitee, Language.EN)));
        String requester = unique("replayed");
        publish(Topic.TENDERS.topicName(), EventFixture.tenderSubmitted("Replayed", to(requester, Language.EN)));
        String payer = unique("replayed");
        publish(Topic.SUBSCRIPTIONS.topicName(), EventFixture.renewalReminder("sub-replay", to(payer, Language.EN)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(inbox.to(partnerAddress)).hasSize(1);
            assertThat(inbox.to(invitee)).hasSize(1);
            assertThat(inbox.to(requester)).hasSize(1);
            assertThat(inbox.to(payer)).hasSize(1);
        });
        Map<Object, String> before = storedStatuses();
        Map<String, Long> copiesBefore = inbox.copiesByNotificationId();

        ConsumerGroupReplay.fromOffsetZero(listeners.getListenerContainer(listenerId));

        Map<Object, String> after = storedStatuses();
        assertThat(after.keySet()).as("no delivery added or lost").isEqualTo(before.keySet());
        before.forEach((id, status) -> {
            if (!status.equals("PENDING") && !status.equals("RETRY_SCHEDULED")) {
                assertThat(after.get(id)).as("status of %s", id).isEqualTo(status);
            }
        });
        Map<String, Long> copiesAfter = inbox.copiesByNotificationId();
        copiesBefore.forEach((id, copies) -> assertThat(copiesAfter.get(id)).as("copies of %s", id).isEqualTo(copies));
        assertThat(inbox.to(partnerAddress)).hasSize(1);
        assertThat(inbox.to(invitee)).hasSize(1);
        assertThat(inbox.to(requester)).hasSize(1);
        assertThat(inbox.to(payer)).hasSize(1);
    }

    private Map<Object, String> storedStatuses() {
        Map<Object, String> statuses = new HashMap<>();
        mongo.getCollection("deliveries").find().projection(new Document("status", 1))
                .forEach(document -> statuses.put(document.get("_id"), document.getString("status")));
        return statuses;
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(TopicProbe<byte[]> deadLetters, String key) {
        Predicate<ConsumerRecord<String, byte[]>> withKey = record -> key.equals(record.key());
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.poll().stream().anyMatch(withKey));
        List<ConsumerRecord<String, byte[]>> found = deadLetters.poll().stream().filter(withKey).toList();
        assertThat(found).as("dead-lettered once").hasSize(1);
        return found.get(0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@flow.test";
    }
}
