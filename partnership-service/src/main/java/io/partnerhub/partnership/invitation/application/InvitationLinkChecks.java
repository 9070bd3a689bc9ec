package io.partnerhub.partnership.invitation.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.invitation.InvitationLink;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.web.Roles;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells another service which emailed invitation links still work, from the invitations as stored
 * at the moment of the call (no cache): after a cancel or a resend the old link is dead at once.
 */
@Service
public class InvitationLinkChecks {

    private final InvitationStore invitations;
    private final Clock clock;

    public InvitationLinkChecks(InvitationStore invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    public record LinkCheck(String invitationId, String tokenHash) {
    }

    /** The ids, in the order asked and each once, whose link is live; unknown ids are not. One read for all. */
    public List<String> live(Caller caller, List<LinkCheck> checks) {
        Roles.requireServiceOrOps(caller);
        Set<String> ids = checks.stream().map(LinkCheck::invitationId).collect(Collectors.toSet());
        Map<String, InvitationLink> stored = invitations.links(ids).stream()
                .collect(Collectors.toMap(InvitationLink::invitationId, Function.identity()));
        Instant now = clock.instant();
        Set<String> live = new LinkedHashSet<>();
        for (LinkCheck check : checks) {
            InvitationLink link = stored.get(check.invitationId());
            if (link != null && link.isLiveFor(check.tokenHash(), now)) {
                live.add(check.invitationId());
            }
        }
        return List.copyOf(live);
    }
}
