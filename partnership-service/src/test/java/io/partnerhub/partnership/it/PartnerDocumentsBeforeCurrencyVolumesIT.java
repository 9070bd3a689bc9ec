package io.partnerhub.partnership.it;

import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Currency;
import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.partner.persistence.PartnerDocument;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.testing.PublishedEvents;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.math.BigDecimal;
import java.time.Duration;

import static io.partnerhub.partnership.it.PartnerProgramIT.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A partner stored with one yearly volume, as before volumes were kept per currency, loads and goes on. */
@PartnershipServiceIT
class PartnerDocumentsBeforeCurrencyVolumesIT {

    @Autowired
    RestTestClient client;
    @Autowired
    PartnerStore partners;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, SpecificRecord> kafka;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.PARTNERS);
    }

    @Test
    void anActivePartnerWithOneStoredVolumeKeepsItAndAddsTheOtherCurrency() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        storeTheOldShape(s.partnerOrg, new YearlyVolume(2026, new BigDecimal("2500.00"),
                io.partnerhub.partnership.partner.Currency.CHF), 7);

        s.partnerLegal.get("/partners/me").expectStatus().isOk().expectBody()
                .jsonPath("$.programStatus").isEqualTo("ACTIVE")
                .jsonPath("$.yearlyVolume").isEqualTo(2500.00)
                .jsonPath("$.yearlyVolumeCurrency").isEqualTo("CHF")
                .jsonPath("$.yearlyVolumes.length()").isEqualTo(1)
                .jsonPath("$.yearlyVolumes[0].year").isEqualTo(2026);

        kafka.send(Topic.PARTNER_VOLUMES.topicName(), PartnerVolumeKey.of(s.partnerOrg, "EUR"),
                volume(s.partnerOrg, 2026, "1700.00", Currency.EUR, 1));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                partners.find(s.partnerOrg).orElseThrow().aggregate().yearlyVolumes().size() == 2);
        Document partner = raw(s.partnerOrg).get("partner", Document.class);
        assertThat(partner).doesNotContainKeys("yearlyVolume", "volumeSourceVersion");
        assertThat(partner.getString("programStatus")).isEqualTo("ACTIVE");
        assertThat(partner.get("yearlyVolumes", Document.class).getList("reported", Document.class))
                .extracting(reported -> reported.getLong("sourceVersion")).containsExactlyInAnyOrder(7L, 1L);
        assertThat(PublishedEvents.of(Topic.PARTNERS, s.partnerOrg, PartnerProgramStatusChanged.class)).isEmpty();
    }

    /** Rewrites the stored partner to the shape the service wrote before: one volume and its version. */
    private void storeTheOldShape(String partnerId, YearlyVolume volume, long sourceVersion) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(partnerId)), new Update()
                .unset("partner.yearlyVolumes")
                .set("partner.yearlyVolume", mongo.getConverter().convertToMongoType(volume))
                .set("partner.volumeSourceVersion", sourceVersion)
                .set("partner.programStatus", "ACTIVE"), PartnerDocument.COLLECTION);
        assertThat(raw(partnerId).get("partner", Document.class)).containsKey("yearlyVolume")
                .doesNotContainKey("yearlyVolumes");
    }

    private Document raw(String partnerId) {
        return mongo.getCollection(PartnerDocument.COLLECTION).find(new Document("_id", partnerId)).first();
    }
}
