package io.partnerhub.tender.request;

import io.partnerhub.testing.MovableClock;
import io.partnerhub.tender.money.Currency;
import io.partnerhub.tender.money.Money;
import io.partnerhub.tender.proposal.Proposal;
import io.partnerhub.tender.proposal.ProposalDraft;
import io.partnerhub.tender.proposal.ProposalNotAllowedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalTest {

    MovableClock clock = MovableClock.at("2026-11-26T10:00:00Z");
    InMemoryTenderRequests requests = new InMemoryTenderRequests();
    PartnerDesk desk = new PartnerDeskFixture(requests, clock).desk();
    ProposalDraft draft = new ProposalDraft("We host your shop with mail for 12, setup in a week.",
            Money.of("1800", Currency.CHF));

    @Test
    void aRevealingPartnerProposesAndTheRequesterIsTold() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        desk.reveal("t-1", "p1");

        Proposal proposal = desk.propose("t-1", "p1", draft);

        assertThat(proposal.partnerName()).isEqualTo("Partner p1");
        assertThat(proposal.price().amount()).isEqualByComparingTo("1800.00");
        assertThat(requests.byId("t-1").orElseThrow().proposals()).containsExactly(proposal);
        assertThat(requests.published(TenderEvent.ProposalReceived.class)).singleElement()
                .satisfies(e -> assertThat(e.requester().email()).isEqualTo("anne@example.ch"));
    }

    @Test
    void onlyRevealingPartnersMayPropose() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));

        assertThatThrownBy(() -> desk.propose("t-1", "p1", draft)).isInstanceOf(ProposalNotAllowedException.class);
    }

    @Test
    void aPartnerProposesAtMostThreeTimes() {
        requests.add(TenderRequestFixture.openRequest(clock.instant()));
        desk.reveal("t-1", "p1");
        for (int i = 0; i < TenderRequest.PROPOSALS_PER_PARTNER; i++) {
            desk.propose("t-1", "p1", draft);
        }

        assertThatThrownBy(() -> desk.propose("t-1", "p1", draft)).isInstanceOf(ProposalNotAllowedException.class);
    }

    @Test
    void aProposalNeedsSomeText() {
        assertThatThrownBy(() -> new ProposalDraft("  hi ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
