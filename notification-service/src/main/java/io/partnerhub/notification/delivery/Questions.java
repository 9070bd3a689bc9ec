package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Precondition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which requests one checked chunk needs: the distinct preconditions per owner, in requests of at
 * most {@value #MAX_PER_REQUEST} — normally one request per owner. Two links of the same
 * invitation (its first and its resent email) never share a request: the owner answers with the
 * ids of live invitations, which could not tell them apart.
 */
public final class Questions {

    /** The owners' endpoints take 1 to 1000 ids or links per request. */
    public static final int MAX_PER_REQUEST = 1000;

    private Questions() {
    }

    public static List<List<Precondition.TenderOpen>> tenders(Collection<? extends Precondition> preconditions) {
        List<Precondition.TenderOpen> distinct = new ArrayList<>(new LinkedHashSet<>(preconditions.stream()
                .filter(Precondition.TenderOpen.class::isInstance).map(Precondition.TenderOpen.class::cast).toList()));
        List<List<Precondition.TenderOpen>> requests = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_PER_REQUEST) {
            requests.add(distinct.subList(from, Math.min(distinct.size(), from + MAX_PER_REQUEST)));
        }
        return requests;
    }

    public static List<List<Precondition.InvitationLinkLive>> links(Collection<? extends Precondition> preconditions) {
        List<List<Precondition.InvitationLinkLive>> requests = new ArrayList<>();
        List<Set<String>> invitationsPerRequest = new ArrayList<>();
        Set<Precondition.InvitationLinkLive> distinct = new LinkedHashSet<>(preconditions.stream()
                .filter(Precondition.InvitationLinkLive.class::isInstance)
                .map(Precondition.InvitationLinkLive.class::cast).toList());
        for (Precondition.InvitationLinkLive link : distinct) {
            int request = 0;
            while (request < requests.size() && (requests.get(request).size() == MAX_PER_REQUEST
                    || invitationsPerRequest.get(request).contains(link.invitationId()))) {
                request++;
            }
            if (request == requests.size()) {
                requests.add(new ArrayList<>());
                invitationsPerRequest.add(new HashSet<>());
            }
            requests.get(request).add(link);
            invitationsPerRequest.get(request).add(link.invitationId());
        }
        return requests;
    }
}
