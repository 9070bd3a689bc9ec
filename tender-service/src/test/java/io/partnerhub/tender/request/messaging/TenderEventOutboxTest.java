package io.partnerhub.tender.request.messaging;

import io.partnerhub.events.Topic;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.plain.CannotOpenSealException;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.kit.plain.SealKeyRing;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.tender.distribution.TenderOffer;
import io.partnerhub.tender.money.Currency;
import io.partnerhub.tender.money.Money;
import io.partnerhub.tender.proposal.ProposalDraft;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.request.TenderRequestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenderEventOutboxTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    LinkSecretSeal seal = LinkSecretSeal.withKeys(SealKeyRing.generateEntry("k1"));
    TenderEventOutbox outbox = new TenderEventOutbox(new EventMetadataFactory(clock), seal);

    @Test
    void requestEventsAreKeyedByTenderWithMoneyOfScaleTwo() {
        TenderRequest request = TenderRequestFixture.openRequest(clock.instant());
        request.reveal(TenderRequestFixture.partner("p1"), clock.instant());
        request.propose("p1", "prop-1", new ProposalDraft("Hosting and mail, set up in a week.",
                Money.of("1800", Currency.CHF)), clock.instant());

        List<OutboxMessage> messages = outbox.messages(request.pendingEvents());

        assertThat(messages).allSatisfy(m -> {
            assertThat(m.topic()).isEqualTo(Topic.TENDERS.topicName());
            assertThat(m.key()).isEqualTo("t-1");
        });
        TenderSubmitted submitted = (TenderSubmitted) messages.get(0).event();
        assertThat(submitted.getExcerpt().getBudget().getMin().getAmount()).isEqualByComparingTo("1000.00");
        TenderProposalSubmitted proposal = (TenderProposalSubmitted) messages.get(2).event();
        assertThat(proposal.getPrice().getAmount().scale()).isEqualTo(2);
        assertThat(proposal.getMetadata().getAggregateVersion()).isEqualTo(3);
    }

    @Test
    void theRequesterLinkSecretIsSealedForItsEventAndOpensToTheSecretWhoseHashIsStored() {
        TenderRequest request = TenderRequestFixture.openRequest(clock.instant());

        TenderSubmitted submitted = (TenderSubmitted) outbox.messages(request.pendingEvents()).get(0).event();

        String sealed = submitted.getRequesterToken();
        assertThat(sealed).startsWith("v1.k1.").doesNotContain(TenderRequestFixture.TOKEN.value());
        String opened = seal.open(sealed, submitted.getMetadata().getEventId().toString());
        assertThat(request.holdsToken(opened)).as("opens to the secret whose hash the request stores").isTrue();
        assertThatThrownBy(() -> seal.open(sealed, UUID.randomUUID().toString()))
                .as("pasted into another event it does not open").isInstanceOf(CannotOpenSealException.class);
    }

    @Test
    void withoutKeysTheRequesterLinkSecretTravelsAsItIs() {
        TenderEventOutbox keyless = new TenderEventOutbox(new EventMetadataFactory(clock), LinkSecretSeal.withKeys(""));

        TenderSubmitted submitted = (TenderSubmitted) keyless.messages(
                TenderRequestFixture.openRequest(clock.instant()).pendingEvents()).get(0).event();

        assertThat(submitted.getRequesterToken()).isEqualTo(TenderRequestFixture.TOKEN.value());
    }

    @Test
    void anOfferCarriesTheExcerptButNeverTheRequesterContact() {
        TenderRequest request = TenderRequestFixture.openRequest(clock.instant());
        TenderOffer offer = new TenderOffer("t-1", TenderRequestFixture.partner("p7"), request.excerpt(),
                request.expiresAt(), clock.instant());

        OutboxMessage message = outbox.offered(offer);
        TenderOffered offered = (TenderOffered) message.event();

        assertThat(message.topic()).isEqualTo(Topic.TENDER_OFFERS.topicName());
        assertThat(message.key()).isEqualTo("p7");
        assertThat(offered.getPartnerContact().getEmail()).isEqualTo("p7@partners.example");
        assertThat(offered.toString()).doesNotContain("anne@example.ch").doesNotContain("555 12 34");
    }
}
