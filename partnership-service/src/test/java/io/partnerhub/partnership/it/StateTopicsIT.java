package io.partnerhub.partnership.it;

import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.CollaboratorGrant;
import io.partnerhub.events.partnership.PartnerState;
import io.partnerhub.events.partnership.PartnershipSide;
import io.partnerhub.events.partnership.PartnershipState;
import io.partnerhub.events.partnership.PartnershipStatus;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write to a partnership or a partner also writes its whole new state to the compacted state
 * topics, through the same outbox: the latest record per key is what partnership-service holds, at its
 * version, and each write adds exactly one record. The backfill publishes every current state again.
 */
@PartnershipServiceIT
class StateTopicsIT {

    @Autowired
    RestTestClient client;
    @Autowired
    PartnershipStore partnerships;
    @Autowired
    PartnerStore partners;
    @Autowired
    MovableClock clock;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    @BeforeAll
    static void readStates() {
        PublishedEvents.read(Topic.PARTNERSHIP_STATES, Topic.PARTNER_STATES);
    }

    @Test
    void thePartnershipStateTopicFollowsEveryChangeToTheFinalEndedRecord() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(limited(List.of("web-1"), List.of("mail")));
        PartnershipState started = latestPartnershipState(id);
        assertThat(started.getStatus()).isEqualTo(PartnershipStatus.LIVE);
        assertThat(started.getPartnerId()).isEqualTo(s.partnerOrg);
        assertThat(started.getCustomerId()).isEqualTo(s.customerOrg);
        assertThat(started.getAccess().getLevel()).isEqualTo(AccessLevel.LIMITED);
        assertThat(started.getAccess().getProductIds()).containsExactly("web-1");
        assertThat(started.getAccess().getProductCategories()).containsExactly("mail");
        assertThat(started.getEndedAt()).isNull();

        s.customerLegal.put("/partnerships/{id}/access", Map.of("access", full("CUSTOMER")), id).expectStatus().isOk();
        assertThat(latestPartnershipState(id).getAccess().getPaymentMode()).isEqualTo(PaymentMode.CUSTOMER);
        s.customerLegal.put("/partnerships/{id}/payment-mode", Map.of("paymentMode", "PARTNER"), id)
                .expectStatus().isOk();
        PartnershipState partnerPays = latestPartnershipState(id);
        assertThat(partnerPays.getAccess().getLevel()).isEqualTo(AccessLevel.FULL);
        assertThat(partnerPays.getAccess().getPaymentMode()).isEqualTo(PaymentMode.PARTNER);

        String user = "jean-" + s.customerOrg;
        Api customer = Api.as(client, user, s.customerOrg, Api.LEGAL, clock.instant());
        String confirmationId = (String) customer.post("/partnerships/{id}/termination-requests", Map.of(), id)
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody()
                .get("confirmationId");
        PartnershipState requested = latestPartnershipState(id);
        assertThat(requested.getStatus()).isEqualTo(PartnershipStatus.LIVE);
        assertThat(requested.getPendingTermination().getRequestedBy()).isEqualTo(PartnershipSide.CUSTOMER);
        customer.post("/partnerships/{id}/termination-requests/{c}/confirm", null, id, confirmationId)
                .expectStatus().isOk();

        PartnershipState ended = latestPartnershipState(id);
        assertThat(ended.getStatus()).isEqualTo(PartnershipStatus.ENDED);
        assertThat(ended.getEndedBy()).isEqualTo(PartnershipSide.CUSTOMER);
        assertThat(ended.getEndedAt()).isNotNull();
        assertThat(ended.getPendingTermination()).isNull();
        assertThat(ended.getAccess().getPaymentMode()).as("the last access stays on the record")
                .isEqualTo(PaymentMode.PARTNER);
        assertThat(ended.getStartedAt()).isEqualTo(started.getStartedAt());
        assertThat(PublishedEvents.of(Topic.PARTNERSHIP_STATES, id, PartnershipState.class))
                .as("one record per write, in version order")
                .extracting(PartnershipState::getVersion).isSorted().doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void thePartnerStateTopicListsTheCurrentCollaboratorsOptInAndVolumes() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        PartnerState admitted = latestPartnerState(s.partnerOrg);
        assertThat(admitted.getLegalName()).isEqualTo("Helvetic Hosting " + s.partnerOrg);
        assertThat(admitted.getProgramStatus()).isEqualTo(ProgramStatus.BELOW_THRESHOLD);
        assertThat(admitted.getCollaborators()).isEmpty();
        assertThat(admitted.getContact().getEmail()).isEqualTo("legal@helvetic.example");

        s.partnerLegal.put("/partners/me/directory-listing", Map.of("listed", true)).expectStatus().isOk();
        s.partnerLegal.put("/partners/me/tender-opt-in", Map.of("optedIn", true, "productCategories",
                List.of("hosting"), "languages", List.of("FR", "DE"))).expectStatus().isOk();
        s.partnerLegal.put("/partners/me/collaborators/{u}", Map.of("allCustomers", false,
                "customerIds", List.of("c-2", "c-1")), "ann").expectStatus().isOk();
        s.partnerLegal.put("/partners/me/collaborators/{u}", Map.of("allCustomers", true), "bob").expectStatus().isOk();
        s.partnerLegal.delete("/partners/me/collaborators/{u}", "ann").expectStatus().isOk();
        kafka.send(Topic.PARTNER_VOLUMES.topicName(), PartnerVolumeKey.of(s.partnerOrg, "CHF"),
                PartnerProgramIT.volume(s.partnerOrg, 2026, "900.00", Currency.CHF, 1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(latestPartnerState(s.partnerOrg).getYearlyVolumes()).hasSize(1));
        PartnerState now = latestPartnerState(s.partnerOrg);
        assertThat(now.getListed()).isTrue();
        assertThat(now.getTenderOptedIn()).isTrue();
        assertThat(now.getTenderProductCategories()).containsExactly("hosting");
        assertThat(now.getTenderLanguages()).containsExactly(Language.DE, Language.FR);
        assertThat(now.getCollaborators()).extracting(CollaboratorGrant::getUserId).containsExactly("bob");
        assertThat(now.getCollaborators().get(0).getAllCustomers()).isTrue();
        assertThat(now.getYearlyVolumes().get(0).getAmount()).isEqualByComparingTo("900.00");
        assertThat(now.getProgramStatus()).as("below the threshold still").isEqualTo(ProgramStatus.BELOW_THRESHOLD);
        assertThat(PublishedEvents.of(Topic.PARTNER_STATES, s.partnerOrg, PartnerState.class)
                .stream().filter(state -> state.getCollaborators().size() == 1
                        && state.getCollaborators().get(0).getUserId().equals("ann")).findFirst())
                .hasValueSatisfying(annOnly -> assertThat(annOnly.getCollaborators().get(0).getCustomerIds())
                        .containsExactly("c-1", "c-2"));
    }

    @Test
    void theBackfillPublishesEveryCurrentStateAgainAtItsVersionAndOnlyOpsMayRunIt() {
        Scenario s = new Scenario(client);
        String id = s.livePartnership(full("CUSTOMER"));
        PartnershipState before = latestPartnershipState(id);
        PartnerState partnerBefore = latestPartnerState(s.partnerOrg);
        s.partnerLegal.post("/ops/state-topics/backfill", null).expectStatus().isForbidden();
        Api ops = s.user("ops-" + s.partnerOrg, "platform-ops", Api.OPS);

        for (int run = 1; run <= 2; run++) {
            Map<?, ?> counts = ops.post("/ops/state-topics/backfill", null).expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(((Number) counts.get("partners")).longValue()).isPositive();
            assertThat(((Number) counts.get("partnerships")).longValue()).isPositive();
            int records = run + 1;
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    PublishedEvents.of(Topic.PARTNERSHIP_STATES, id, PartnershipState.class).size() == records);
        }

        List<PartnershipState> states = PublishedEvents.of(Topic.PARTNERSHIP_STATES, id, PartnershipState.class);
        assertThat(states).extracting(PartnershipState::getVersion).containsOnly(before.getVersion());
        assertThat(states.get(2).getAccess()).isEqualTo(before.getAccess());
        assertThat(states.get(2).getStatus()).isEqualTo(before.getStatus());
        assertThat(partnerships.find(id).orElseThrow().aggregate().revision()).as("the partnership did not change")
                .isEqualTo(before.getVersion());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                PublishedEvents.of(Topic.PARTNER_STATES, s.partnerOrg, PartnerState.class).stream()
                        .filter(state -> state.getVersion() == partnerBefore.getVersion()).count() == 3);
    }

    /** The latest state record of the partnership, once it has caught up with what the store holds. */
    private PartnershipState latestPartnershipState(String id) {
        long revision = partnerships.find(id).orElseThrow().aggregate().revision();
        return await().atMost(Duration.ofSeconds(20)).until(() -> last(
                PublishedEvents.of(Topic.PARTNERSHIP_STATES, id, PartnershipState.class)),
                state -> state != null && state.getVersion() == revision);
    }

    private PartnerState latestPartnerState(String id) {
        long revision = partners.find(id).orElseThrow().aggregate().revision();
        return await().atMost(Duration.ofSeconds(20)).until(() -> last(
                PublishedEvents.of(Topic.PARTNER_STATES, id, PartnerState.class)),
                state -> state != null && state.getVersion() >= revision);
    }

    private static <T> T last(List<T> records) {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }
}
