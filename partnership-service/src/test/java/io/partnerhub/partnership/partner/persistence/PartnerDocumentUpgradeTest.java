package io.partnerhub.partnership.partner.persistence;

import io.partnerhub.partnership.partner.Currency;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerFixture;
import io.partnerhub.partnership.partner.ProgramStatus;
import io.partnerhub.partnership.partner.YearlyVolume;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner documents stored before volumes were kept per currency still load (no Spring context). */
class PartnerDocumentUpgradeTest {

    private final MappingMongoConverter converter = converter();

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    @Test
    void theSingleVolumeBecomesItsCurrencysVolumeWithItsVersion() {
        Document stored = oldShape(new Document("year", 2026).append("amount", new Decimal128(new BigDecimal("2500.00")))
                .append("currency", "CHF"), 7L, "ACTIVE");

        Partner partner = load(stored);

        assertThat(partner.yearlyVolumes()).containsExactly(volume(2026, "2500.00", Currency.CHF));
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(partner.recordYearlyVolume(volume(2026, "10", Currency.CHF), 7)).isEmpty();
        assertThat(partner.recordYearlyVolume(volume(2026, "1700", Currency.EUR), 1)).isEmpty();
        assertThat(partner.yearlyVolumes()).containsExactly(volume(2026, "2500.00", Currency.CHF),
                volume(2026, "1700", Currency.EUR));
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.ACTIVE);
    }

    @Test
    void anAmountStoredAsTextLoadsToo() {
        Document stored = oldShape(new Document("year", 2026).append("amount", "1750.50").append("currency", "EUR"),
                3L, "BELOW_THRESHOLD");

        assertThat(load(stored).yearlyVolumes()).containsExactly(volume(2026, "1750.50", Currency.EUR));
    }

    @Test
    void aPartnerBillingHadNotReportedOnLoadsWithoutVolumes() {
        Document stored = oldShape(new Document("year", 0).append("amount", "0.00").append("currency", "CHF"),
                0L, "BELOW_THRESHOLD");

        Partner partner = load(stored);

        assertThat(partner.yearlyVolumes()).isEmpty();
        assertThat(partner.yearlyVolume()).isEqualTo(YearlyVolume.none(0));
        assertThat(partner.recordYearlyVolume(volume(2026, "1800", Currency.EUR), 1)).isPresent();
    }

    @Test
    void aCurrentDocumentIsLeftAsItIs() {
        Partner partner = PartnerFixture.admitted("org-1");
        partner.recordYearlyVolume(volume(2026, "2000", Currency.CHF), 4);
        Document stored = write(partner);
        Document before = Document.parse(stored.toJson());

        PartnerDocumentUpgrade.upgrade(stored);

        assertThat(stored.toJson()).isEqualTo(before.toJson());
        assertThat(converter.read(PartnerDocument.class, stored).partner().yearlyVolumes())
                .containsExactly(volume(2026, "2000", Currency.CHF));
    }

    /** A partner as the service stored it before this change: the rest of the document is unchanged. */
    private Document oldShape(Document yearlyVolume, long volumeSourceVersion, String programStatus) {
        Document stored = write(PartnerFixture.admitted("org-1"));
        Document partner = stored.get("partner", Document.class);
        partner.remove("yearlyVolumes");
        partner.append("yearlyVolume", yearlyVolume).append("volumeSourceVersion", volumeSourceVersion)
                .append("programStatus", programStatus);
        return stored;
    }

    private Document write(Partner partner) {
        Document stored = new Document();
        converter.write(PartnerDocument.of(partner, List.of()), stored);
        stored.put("version", 3L);
        return stored;
    }

    private Partner load(Document stored) {
        PartnerDocumentUpgrade.upgrade(stored);
        assertThat(stored.get("partner", Document.class)).doesNotContainKeys("yearlyVolume", "volumeSourceVersion");
        return converter.read(PartnerDocument.class, stored).partner();
    }

    private static YearlyVolume volume(int year, String amount, Currency currency) {
        return new YearlyVolume(year, new BigDecimal(amount), currency);
    }
}
