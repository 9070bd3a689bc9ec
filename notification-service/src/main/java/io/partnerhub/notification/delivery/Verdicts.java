package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Precondition;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The verdict per precondition of one checked chunk. */
public final class Verdicts {

    static final String TENDER_CLOSED = "tender cancelled or expired before the excerpt was sent";
    static final String LINK_DEAD = "invitation link no longer live (the invitation was answered, cancelled, expired"
            + " or resent with a new link) before the email was sent";

    private final Map<Precondition, Verdict> verdicts = new HashMap<>();

    /** What to do with an email of this precondition; one that needs no check is cleared. */
    public Verdict of(Precondition precondition) {
        if (precondition == null) {
            return Verdict.CLEARED;
        }
        return verdicts.getOrDefault(precondition, Verdict.unknown("not checked"));
    }

    void put(Precondition precondition, Verdict verdict) {
        verdicts.put(precondition, verdict);
    }

    /** The owner answered that these tenders are open; every other one asked about is not. */
    public void tendersAnswered(Iterable<Precondition.TenderOpen> asked, Set<String> open) {
        for (Precondition.TenderOpen tender : asked) {
            put(tender, open.contains(tender.tenderId()) ? Verdict.CLEARED : Verdict.withdrawn(TENDER_CLOSED));
        }
    }

    /** The owner answered that the links of these invitations are live; every other link asked about is not. */
    public void linksAnswered(Iterable<Precondition.InvitationLinkLive> asked, Set<String> liveInvitations) {
        for (Precondition.InvitationLinkLive link : asked) {
            put(link, liveInvitations.contains(link.invitationId()) ? Verdict.CLEARED : Verdict.withdrawn(LINK_DEAD));
        }
    }

    public void unanswered(Iterable<? extends Precondition> asked, String problem) {
        for (Precondition precondition : asked) {
            put(precondition, Verdict.unknown(problem));
        }
    }
}
