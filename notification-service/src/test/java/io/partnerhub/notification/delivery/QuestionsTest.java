package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Precondition.InvitationLinkLive;
import io.partnerhub.notification.message.Precondition.TenderOpen;
import io.partnerhub.notification.message.Precondition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests to the owners a checked chunk needs. */
class QuestionsTest {

    @Test
    void aFanOutChunkAsksAboutItsTenderOnce() {
        List<Precondition> chunk = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> chunk.add(new TenderOpen("t-1")));
        chunk.add(new TenderOpen("t-2"));

        assertThat(Questions.tenders(chunk)).containsExactly(List.of(new TenderOpen("t-1"), new TenderOpen("t-2")));
        assertThat(Questions.links(chunk)).isEmpty();
    }

    @Test
    void moreThanAThousandDistinctTendersAreAskedAboutInRequestsOfAThousand() {
        List<Precondition> many = IntStream.range(0, 2500).<Precondition>mapToObj(i -> new TenderOpen("t-" + i)).toList();

        assertThat(Questions.tenders(many)).extracting(List::size).containsExactly(1000, 1000, 500);
    }

    @Test
    void eachDistinctLinkIsAskedAboutOnceAndInvitationsDoNotShareARequestTwice() {
        InvitationLinkLive first = new InvitationLinkLive("inv-1", "hash-a");
        InvitationLinkLive resent = new InvitationLinkLive("inv-1", "hash-b");
        InvitationLinkLive other = new InvitationLinkLive("inv-2", "hash-c");

        List<List<InvitationLinkLive>> requests = Questions.links(List.of(first, other, first, resent, new TenderOpen("t-1")));

        // the owner answers with the ids of live invitations: hash-a and hash-b of inv-1 could not be told apart
        assertThat(requests).containsExactly(List.of(first, other), List.of(resent));
    }

    @Test
    void nothingToAskWhenNothingNeedsChecking() {
        assertThat(Questions.tenders(List.of())).isEmpty();
        assertThat(Questions.links(List.of())).isEmpty();
    }
}
