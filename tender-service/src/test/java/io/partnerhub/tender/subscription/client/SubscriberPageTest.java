package io.partnerhub.tender.subscription.client;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.subscription.PartnerSubscription;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mapping partnership-service's page of tender subscribers, and refusing answers that break its contract. */
class SubscriberPageTest {

    TenderExcerpt frenchHosting = new TenderExcerpt("Shop", "A shop", List.of("web-hosting"), Language.FR, null, null);

    @Test
    void mapsEachSubscriberToItsContactAndWishes() {
        SubscriberPage page = page(
                new SubscriberPage.Subscriber("p-1", "Alpha AG", "sales@alpha.example", "DE", "Anna Alpha",
                        List.of("web-hosting", "mail"), List.of("DE", "FR"), 12L),
                new SubscriberPage.Subscriber("p-2", "Beta SA", "info@beta.example", "fr", null, List.of(), List.of(), 3L));

        List<PartnerSubscription> subscriptions = page.subscriptions(null, 1000);

        assertThat(subscriptions).hasSize(2);
        PartnerSubscription alpha = subscriptions.get(0);
        assertThat(alpha.partner()).isEqualTo(new PartnerContact("p-1", "Alpha AG", "sales@alpha.example", Language.DE,
                "Anna Alpha"));
        assertThat(alpha.productCategories()).isEqualTo(Set.of("web-hosting", "mail"));
        assertThat(alpha.languages()).isEqualTo(Set.of(Language.DE, Language.FR));
        assertThat(alpha.partnerVersion()).isEqualTo(12);
        assertThat(alpha.wants(frenchHosting)).isTrue();
        PartnerSubscription beta = subscriptions.get(1);
        assertThat(beta.partner().language()).isEqualTo(Language.FR);
        assertThat(beta.productCategories()).as("empty: every category").isEmpty();
        assertThat(beta.languages()).as("empty: every language").isEmpty();
        assertThat(beta.wants(frenchHosting)).isTrue();
    }

    @Test
    void missingListsMeanEverything() {
        SubscriberPage page = page(new SubscriberPage.Subscriber("p-1", null, "a@p.example", "EN", null, null, null, null));

        PartnerSubscription only = page.subscriptions("p-0", 1).get(0);

        assertThat(only.productCategories()).isEmpty();
        assertThat(only.languages()).isEmpty();
        assertThat(only.partnerVersion()).isZero();
        assertThat(only.wants(frenchHosting)).isTrue();
    }

    @Test
    void wishesOutsideTheRequestAreKept() {
        SubscriberPage page = page(
                new SubscriberPage.Subscriber("p-1", "A", "a@p.example", "EN", null, List.of("mail"), List.of(), 1L),
                new SubscriberPage.Subscriber("p-2", "B", "b@p.example", "EN", null, List.of(), List.of("DE"), 1L));

        List<PartnerSubscription> subscriptions = page.subscriptions(null, 2);

        assertThat(subscriptions).as("the page stays whole: the fan-out's cursor and end rely on it").hasSize(2);
        assertThat(subscriptions).noneMatch(s -> s.wants(frenchHosting));
    }

    @Test
    void anEmptyPageIsTheEnd() {
        assertThat(page().subscriptions("p-9", 1000)).isEmpty();
    }

    @Test
    void refusesAnswersThatBreakTheContract() {
        SubscriberPage.Subscriber p1 = new SubscriberPage.Subscriber("p-1", "A", "a@p.example", "EN", null, List.of(),
                List.of(), 1L);
        SubscriberPage.Subscriber p2 = new SubscriberPage.Subscriber("p-2", "B", "b@p.example", "EN", null, List.of(),
                List.of(), 1L);

        assertThatThrownBy(() -> new SubscriberPage(null).subscriptions(null, 10))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> page(p1, p2).subscriptions(null, 1)).hasMessageContaining("at most 1");
        assertThatThrownBy(() -> page(p2, p1).subscriptions(null, 10)).hasMessageContaining("not after p-2");
        assertThatThrownBy(() -> page(p1, p1).subscriptions(null, 10)).hasMessageContaining("not after p-1");
        assertThatThrownBy(() -> page(p1).subscriptions("p-1", 10)).as("strictly after the cursor")
                .hasMessageContaining("not after p-1");
        assertThatThrownBy(() -> page(new SubscriberPage.Subscriber(" ", "A", "a@p.example", "EN", null, null, null, 1L))
                .subscriptions(null, 10)).hasMessageContaining("without partnerId");
        assertThatThrownBy(() -> page(new SubscriberPage.Subscriber("p-1", "A", null, "EN", null, null, null, 1L))
                .subscriptions(null, 10)).hasMessageContaining("no email");
        assertThatThrownBy(() -> page(new SubscriberPage.Subscriber("p-1", "A", "a@p.example", "PT", null, null, null, 1L))
                .subscriptions(null, 10)).hasMessageContaining("unsupported language");
        assertThatThrownBy(() -> page(new SubscriberPage.Subscriber("p-1", "A", "a@p.example", "EN", null, null,
                List.of("EN", "XX"), 1L)).subscriptions(null, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("p-1");
    }

    @Test
    void asksWithTheCursorEncodedAndTheLimit() {
        assertThat(PartnershipSubscribers.query(null, 1000)).isEqualTo("tender-subscribers?limit=1000");
        assertThat(PartnershipSubscribers.query("org 1&x=ü", 500))
                .isEqualTo("tender-subscribers?after=org%201%26x%3D%C3%BC&limit=500");
    }

    private static SubscriberPage page(SubscriberPage.Subscriber... subscribers) {
        return new SubscriberPage(Arrays.asList(subscribers));
    }
}
