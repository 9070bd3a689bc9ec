package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.shared.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TenderSubscriberTest {

    @Test
    void aPartnerNotOptedInIsNoSubscriber() {
        Partner partner = PartnerFixture.admitted("p-1");

        assertThat(TenderSubscriber.of(partner)).isEmpty();
        partner.changeTenderOptIn(new TenderOptIn(true, Set.of(), Set.of()));
        partner.changeTenderOptIn(TenderOptIn.out());
        assertThat(TenderSubscriber.of(partner)).isEmpty();
    }

    @Test
    void aSubscriberIsToldAtThePartnersContactWithItsChoicesSortedAndThePartnersRevision() {
        Partner partner = PartnerFixture.admitted("p-1");
        partner.changeTenderOptIn(new TenderOptIn(true, Set.of("mail", "hosting"), Set.of(Language.FR, Language.DE)));

        TenderSubscriber subscriber = TenderSubscriber.of(partner).orElseThrow();

        assertThat(subscriber).isEqualTo(new TenderSubscriber("p-1", "Helvetic Hosting AG", "legal@helvetic.example",
                Language.DE, "Anna Muster", List.of("hosting", "mail"), List.of(Language.DE, Language.FR),
                partner.revision()));
        assertThat(subscriber.version()).isEqualTo(2);
    }

    @Test
    void anEmptyChoiceMeansEveryCategoryAndLanguage() {
        Partner partner = PartnerFixture.admitted("p-1");
        partner.changeTenderOptIn(new TenderOptIn(true, null, null));

        TenderSubscriber subscriber = TenderSubscriber.of(partner).orElseThrow();

        assertThat(subscriber.productCategories()).isEmpty();
        assertThat(subscriber.languages()).isEmpty();
    }
}
