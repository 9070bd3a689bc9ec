package io.partnerhub.partnership.it;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.events.partnership.InvitationExpiringSoon;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.application.InvitationDurations;
import io.partnerhub.partnership.invitation.application.InvitationMessages;
import io.partnerhub.partnership.invitation.scheduling.InvitationSweeper;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.application.PartnershipOpening;
import io.partnerhub.partnership.persistence.GuardedWrites;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.partnership.it.Scenario.full;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sweeper in two instances against one database: instance A is the service's own, instance B
 * has its own Mongo client, as a second replica of the service would. Every due invitation is
 * expired (and reminded) exactly once.
 */
@PartnershipServiceIT
class InvitationExpiryIT {

    private static MongoClient secondClient;

    @Autowired
    RestTestClient client;
    @Autowired
    MovableClock clock;
    @Autowired
    InvitationStore invitations;
    @Autowired
    InvitationSweeper sweeperA;
    @Autowired
    InvitationMessages messages;
    @Autowired
    PartnershipOpening opening;
    @Autowired
    OutboxRelay relay;
    @Autowired
    InvitationDurations durations;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.mongodb.database}")
    String database;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
        secondClient = MongoClients.create(EmbeddedPlatform.shared().springProperties().get("spring.mongodb.uri"));
    }

    @AfterAll
    static void closeSecondClient() {
        secondClient.close();
    }

    @Test
    void twoSweepersRemindAndExpireEachInvitationExactlyOnce() {
        InvitationSweeper sweeperB = secondInstance();
        Scenario partner = new Scenario(client).partnerAdmitted(false);
        List<String> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Scenario s = new Scenario(client);
            String id = (String) partner.partnerLegal.post("/invitations/customers", s.customerInvitation(full("CUSTOMER")))
                    .expectStatus().isCreated().expectBody(java.util.Map.class).returnResult().getResponseBody()
                    .get("invitationId");
            ids.add(id);
        }
        ids.forEach(id -> tokens.add(awaitEvent(Topic.INVITATIONS, id, InvitationCreated.class).getResponseToken()));

        long expiredBefore = expiredCount();
        clock.advance(Duration.ofDays(11).plusMinutes(1));
        sweepConcurrently(sweeperA, sweeperB);
        clock.advance(Duration.ofDays(2));
        sweepConcurrently(sweeperA, sweeperB);
        clock.advance(Duration.ofDays(1));
        sweepConcurrently(sweeperA, sweeperB);
        sweepConcurrently(sweeperA, sweeperB);

        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id ->
                PublishedEvents.of(Topic.INVITATIONS, id, InvitationExpired.class).size() == 1
                        && PublishedEvents.of(Topic.INVITATIONS, id, InvitationExpiringSoon.class).size() == 2));
        for (String id : ids) {
            assertThat(invitations.find(id).orElseThrow().aggregate().state()).isEqualTo(InvitationState.EXPIRED);
            assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationExpired.class)).hasSize(1);
            assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationExpiringSoon.class))
                    .extracting(InvitationExpiringSoon::getDaysLeft).containsExactly(3, 1);
        }
        client.post().uri("/public/invitation-links/{token}/accept", tokens.get(0)).exchange().expectStatus().isEqualTo(410);
        // at least: the clock is shared, so invitations other test classes left pending may expire here too
        assertThat(expiredCount() - expiredBefore).as("invitation waiting-time samples")
                .isGreaterThanOrEqualTo(ids.size());
        assertThat(meters.get("partnerhub.invitation.answer.duration").tag("outcome", "expired").timer()
                .max(java.util.concurrent.TimeUnit.DAYS)).isGreaterThanOrEqualTo(14);
    }

    @Test
    void remindersAndExpiriesSayWhoInvitedWhom() {
        String fromPartner = new Scenario(client).partnerAdmitted(false).partnerInvitesCustomer(full("CUSTOMER"));
        String fromCustomer = new Scenario(client).partnerAdmitted(true).customerInvitesPartner(full("CUSTOMER"));

        clock.advance(Duration.ofDays(12));
        sweeperA.sweepOnce();
        clock.advance(Duration.ofDays(3));
        sweeperA.sweepOnce();

        assertThat(awaitEvent(Topic.INVITATIONS, fromPartner, InvitationExpiringSoon.class).getDirection())
                .isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
        assertThat(awaitEvent(Topic.INVITATIONS, fromPartner, InvitationExpired.class).getDirection())
                .isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
        assertThat(awaitEvent(Topic.INVITATIONS, fromCustomer, InvitationExpiringSoon.class).getDirection())
                .isEqualTo(InvitationDirection.CUSTOMER_TO_PARTNER);
        assertThat(awaitEvent(Topic.INVITATIONS, fromCustomer, InvitationExpired.class).getDirection())
                .isEqualTo(InvitationDirection.CUSTOMER_TO_PARTNER);
    }

    private long expiredCount() {
        Timer timer = meters.find("partnerhub.invitation.answer.duration").tag("outcome", "expired").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void anInvitationPastItsDeadlineCannotBeAcceptedEvenBeforeTheSweep() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();

        clock.advance(Duration.ofDays(14));

        client.get().uri("/public/invitation-links/{token}", token).exchange().expectStatus().isEqualTo(410);
        s.customerLegal.post("/invitations/{id}/accept", null, invitationId).expectStatus().isEqualTo(410);
        sweeperA.sweepOnce();
        awaitEvent(Topic.INVITATIONS, invitationId, InvitationExpired.class);
    }

    private InvitationSweeper secondInstance() {
        MongoTemplate template = new MongoTemplate(secondClient, database);
        InvitationStore store = new InvitationStore(template, new GuardedWrites(template, relay));
        return new InvitationSweeper(store, messages, opening, durations, clock);
    }

    private static void sweepConcurrently(InvitationSweeper a, InvitationSweeper b) {
        List<CompletableFuture<InvitationSweeper.Result>> runs = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> (i == 0 ? a : b).sweepOnce())).toList();
        runs.forEach(CompletableFuture::join);
    }
}
