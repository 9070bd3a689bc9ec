package io.partnerhub.partnership.invitation.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.invitation.InvitationLink;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.web.Roles;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final InvitationSendHolds holds;
    private final Clock clock;

    public InvitationLinkChecks(InvitationStore invitations, InvitationSendHolds holds, Clock clock) {
        this.invitations = invitations;
        this.holds = holds;
        this.clock = clock;
    }

    public record LinkCheck(String invitationId, String tokenHash) {
    }

    /** A sender about to hand the live links' emails to the mail server holds them for this long. */
    public record SendHold(String holder, Duration duration) {
    }

    /** The ids, in the order asked and each once, whose link is live; unknown ids are not. One read for all. */
    public List<String> live(Caller caller, List<LinkCheck> checks) {
        return live(caller, checks, Optional.empty());
    }

    /**
     * As {@link #live(Caller, List)}; with a hold, the live invitations stay held for the sender
     * until it releases them or the hold expires (see {@link InvitationSendHolds}). The hold is
     * taken before the invitations are read, and let go at once for the links that are not live.
     */
    public List<String> live(Caller caller, List<LinkCheck> checks, Optional<SendHold> hold) {
        Roles.requireServiceOrOps(caller);
        Set<String> ids = checks.stream().map(LinkCheck::invitationId).collect(Collectors.toSet());
        hold.ifPresent(sender -> holds.take(sender.holder(), ids, sender.duration()));
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
        hold.ifPresent(sender -> holds.release(sender.holder(),
                ids.stream().filter(id -> !live.contains(id)).toList()));
        return List.copyOf(live);
    }

    public void release(Caller caller, String holder) {
        Roles.requireServiceOrOps(caller);
        holds.releaseAll(holder);
    }
}
