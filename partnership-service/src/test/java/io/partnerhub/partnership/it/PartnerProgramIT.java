package io.partnerhub.partnership.it;

import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Money;
import io.partnerhub.events.partnership.PartnerAdmitted;
import io.partnerhub.events.partnership.PartnerApplied;
import io.partnerhub.events.partnership.PartnerCollaboratorRightsChanged;
import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.events.partnership.PartnerTenderOptInChanged;
import io.partnerhub.events.partnership.ProgramStatus;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.TopicProbe;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.partnership.it.Scenario.application;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PartnershipServiceIT
class PartnerProgramIT {

    @Autowired
    RestTestClient client;
    @Autowired
    PartnerStore partners;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.PARTNERS);
    }

    @Test
    void aCompanyAppliesAndIsAdmittedBelowThreshold() {
        Scenario s = new Scenario(client);
        s.partnerLegal.post("/partners", application("Helvetic Hosting AG")).expectStatus().isCreated()
                .expectBody().jsonPath("$.programStatus").isEqualTo("BELOW_THRESHOLD");

        PartnerApplied applied = awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerApplied.class);
        assertThat(applied.getCommercialRegisterId()).isEqualTo("CHE-123.456.789");
        assertThat(applied.getResellerTermsVersion()).isEqualTo("2026-01");
        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerAdmitted.class).getProgramStatus())
                .isEqualTo(ProgramStatus.BELOW_THRESHOLD);
        s.partnerLegal.post("/partners", application("Again AG")).expectStatus().isEqualTo(409);
    }

    @Test
    void refusesIncompleteOrMalformedApplicationsAndOtherRoles() {
        Scenario s = new Scenario(client);
        Map<String, Object> noWebsite = application("X AG");
        noWebsite.remove("websiteUrl");
        s.partnerLegal.post("/partners", noWebsite).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.status").isEqualTo(400);
        Map<String, Object> badRegister = application("X AG");
        badRegister.put("commercialRegisterId", "12");
        s.partnerLegal.post("/partners", badRegister).expectStatus().isBadRequest();
        Map<String, Object> termsRefused = application("X AG");
        termsRefused.put("acceptResellerTerms", false);
        s.partnerLegal.post("/partners", termsRefused).expectStatus().isBadRequest();
        s.user("admin", s.partnerOrg, java.util.Set.of("ADMIN")).post("/partners", application("X AG"))
                .expectStatus().isForbidden();
        assertThat(partners.find(s.partnerOrg)).isEmpty();
    }

    @Test
    void anAffiliateCannotBecomeAPartnerNorAPartnerAnAffiliate() {
        Scenario s = new Scenario(client);
        Api ops = s.user("affiliate-program", "provider", Api.OPS);
        ops.post("/affiliates/{org}/enrolment", null, s.customerOrg).expectStatus().isNoContent();
        s.customerLegal.post("/partners", application("Affiliate SA")).expectStatus().isEqualTo(409);

        s.partnerAdmitted(false);
        ops.post("/affiliates/{org}/enrolment", null, s.partnerOrg).expectStatus().isEqualTo(409);
        s.partnerLegal.post("/affiliates/{org}/enrolment", null, "other").expectStatus().isForbidden();
    }

    @Test
    void billingsYearlyVolumesSetTheProgramStatusOnceAndALowOtherCurrencyKeepsItActive() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        PartnerYearlyVolumeChanged report = volume(s.partnerOrg, 2026, "2000.00", Currency.CHF, 7);

        send(s.partnerOrg, report);
        send(s.partnerOrg, report);

        PartnerProgramStatusChanged changed = awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class);
        assertThat(changed.getStatus()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(changed.getYearlyVolume().getAmount()).isEqualByComparingTo("2000.00");
        s.partnerLegal.get("/partners/me").expectStatus().isOk().expectBody()
                .jsonPath("$.programStatus").isEqualTo("ACTIVE");

        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1700.00", Currency.EUR, 8));
        await().atMost(Duration.ofSeconds(20)).until(() -> volumesOf(s.partnerOrg).size() == 2);
        s.partnerLegal.get("/partners/me").expectStatus().isOk().expectBody()
                .jsonPath("$.programStatus").isEqualTo("ACTIVE")
                .jsonPath("$.yearlyVolume").isEqualTo(2000.00)
                .jsonPath("$.yearlyVolumeCurrency").isEqualTo("CHF")
                .jsonPath("$.yearlyVolumes.length()").isEqualTo(2)
                .jsonPath("$.yearlyVolumes[0].currency").isEqualTo("CHF")
                .jsonPath("$.yearlyVolumes[0].atOrAboveThreshold").isEqualTo(true)
                .jsonPath("$.yearlyVolumes[1].currency").isEqualTo("EUR")
                .jsonPath("$.yearlyVolumes[1].year").isEqualTo(2026)
                .jsonPath("$.yearlyVolumes[1].amount").isEqualTo(1700.00)
                .jsonPath("$.yearlyVolumes[1].threshold").isEqualTo(1800.00)
                .jsonPath("$.yearlyVolumes[1].atOrAboveThreshold").isEqualTo(false);

        // the next year's first report is low; a partner's events keep their order, so a wrong change
        // caused by the EUR report would show up before this one
        send(s.partnerOrg, volume(s.partnerOrg, 2027, "150.00", Currency.CHF, 1));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).size() >= 2);
        assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class))
                .extracting(PartnerProgramStatusChanged::getStatus)
                .containsExactly(ProgramStatus.ACTIVE, ProgramStatus.BELOW_THRESHOLD);
        assertThat(partners.find(s.partnerOrg).orElseThrow().aggregate().programStatus().name())
                .isEqualTo("BELOW_THRESHOLD");
    }

    @Test
    void aFirstEuroReportCountsEvenWhenTheFrancReportHadAHigherVersion() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1500.00", Currency.CHF, 9));
        await().atMost(Duration.ofSeconds(20)).until(() -> volumesOf(s.partnerOrg).size() == 1);

        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1800.00", Currency.EUR, 2));

        PartnerProgramStatusChanged changed = awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class);
        assertThat(changed.getStatus()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(changed.getYearlyVolume().getAmount()).isEqualByComparingTo("1800.00");
        assertThat(changed.getYearlyVolume().getCurrency()).isEqualTo(Currency.EUR);
        assertThat(volumesOf(s.partnerOrg)).hasSize(2);
    }

    @Test
    void aNewYearsLowVolumesInEveryCurrencyAreBelowThreshold() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "2400.00", Currency.CHF, 30));
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1900.00", Currency.EUR, 12));
        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).getStatus())
                .isEqualTo(ProgramStatus.ACTIVE);

        send(s.partnerOrg, volume(s.partnerOrg, 2027, "90.00", Currency.EUR, 1));
        send(s.partnerOrg, volume(s.partnerOrg, 2027, "120.00", Currency.CHF, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> volumesOf(s.partnerOrg).size() == 2
                && volumesOf(s.partnerOrg).stream().allMatch(volume -> volume.year() == 2027));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).size() >= 2);
        assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class))
                .extracting(PartnerProgramStatusChanged::getStatus)
                .containsExactly(ProgramStatus.ACTIVE, ProgramStatus.BELOW_THRESHOLD);
        s.partnerLegal.get("/partners/me").expectStatus().isOk().expectBody()
                .jsonPath("$.programStatus").isEqualTo("BELOW_THRESHOLD")
                .jsonPath("$.yearlyVolumes[0].year").isEqualTo(2027)
                .jsonPath("$.yearlyVolumes[1].year").isEqualTo(2027);
    }

    /** Read as bytes: the dead-letter topic also holds poison records no Avro reader can decode. */
    @Test
    void anUnusableVolumeReportGoesToTheDeadLetterTopicWithItsReason() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String chfKey = PartnerVolumeKey.of(s.partnerOrg, "CHF");
        try (TopicProbe<byte[]> deadLetters = TopicProbe.raw(Topic.PARTNER_VOLUMES.deadLetterName())) {
            kafka.send(Topic.PARTNER_VOLUMES.topicName(), chfKey, volume(s.partnerOrg, 2026, "-5.00", Currency.CHF, 1));

            var dead = PartnerVolumeListenerIT.awaitDeadLetter(deadLetters, chfKey);
            assertThat(PartnerVolumeListenerIT.header(dead, "dlt-reason")).contains("negative");
        }
        // the listener goes on
        send(s.partnerOrg, volume(s.partnerOrg, 2026, "1800.00", Currency.EUR, 2));
        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class).getStatus())
                .isEqualTo(ProgramStatus.ACTIVE);
    }

    @Test
    void partnerListsItselfOptsInToTendersAndNamesCollaborators() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        s.customerLegal.get("/directory/partners?q={q}", s.partnerOrg).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);

        s.partnerLegal.put("/partners/me/directory-listing", Map.of("listed", true)).expectStatus().isOk();
        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerDirectoryListingChanged.class).getListed()).isTrue();
        s.customerLegal.get("/directory/partners?q={q}", s.partnerOrg).expectStatus().isOk()
                .expectBody().jsonPath("$[0].partnerId").isEqualTo(s.partnerOrg);

        s.partnerLegal.put("/partners/me/tender-opt-in", Map.of("optedIn", true, "productCategories", List.of("hosting"),
                "languages", List.of("FR", "DE"))).expectStatus().isOk();
        PartnerTenderOptInChanged optIn = awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerTenderOptInChanged.class);
        assertThat(optIn.getOptedIn()).isTrue();
        assertThat(optIn.getLanguages()).hasSize(2);

        s.user("collab", s.partnerOrg, Api.COLLABORATOR).put("/partners/me/collaborators/{u}",
                Map.of("allCustomers", true), "anna.muster@helvetic.example").expectStatus().isForbidden();
        s.partnerLegal.put("/partners/me/collaborators/{u}", Map.of("allCustomers", false,
                "customerIds", List.of("c-1")), "anna.muster@helvetic.example").expectStatus().isOk();
        assertThat(awaitEvent(Topic.PARTNERS, s.partnerOrg, PartnerCollaboratorRightsChanged.class)
                .getCustomerIds()).containsExactly("c-1");
        s.partnerLegal.delete("/partners/me/collaborators/{u}", "anna.muster@helvetic.example").expectStatus().isOk();
        s.customerLegal.get("/partners/me").expectStatus().isNotFound();
    }

    /** The partner's own commands do not fail because another write (here: each other) changed the partner meanwhile. */
    @Test
    void concurrentChangesToOnePartnerAllTakeEffect() throws Exception {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        int writers = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String user = "collaborator-" + i;
                statuses.add(pool.submit(() -> s.partnerLegal.put("/partners/me/collaborators/{u}",
                        Map.of("allCustomers", true), user).expectBody(String.class).returnResult().getStatus().value()));
            }
            for (var status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(partners.find(s.partnerOrg).orElseThrow().aggregate().collaborators()).hasSize(writers);
    }

    private void send(String partnerId, PartnerYearlyVolumeChanged report) {
        kafka.send(Topic.PARTNER_VOLUMES.topicName(),
                PartnerVolumeKey.of(partnerId, report.getYearlyVolume().getCurrency().name()), report);
    }

    private List<YearlyVolume> volumesOf(String partnerId) {
        return partners.find(partnerId).orElseThrow().aggregate().yearlyVolumes();
    }

    static PartnerYearlyVolumeChanged volume(String partnerId, int year, String amount, Currency currency,
                                             long version) {
        return PartnerYearlyVolumeChanged.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(UUID.randomUUID())
                        .setOccurredAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                        .setCorrelationId("test").setAggregateId(partnerId).setAggregateVersion(version).build())
                .setPartnerId(partnerId).setYear(year)
                .setYearlyVolume(new Money(new BigDecimal(amount), currency))
                .setThreshold(new Money(new BigDecimal(currency == Currency.CHF ? "2000.00" : "1800.00"), currency))
                .setAtOrAboveThreshold(false).build();
    }
}
