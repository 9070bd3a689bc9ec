package io.partnerhub.partnership.invitation.application;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.GoneException;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationClosed;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * The emailed link: an unknown (or replaced) token is 404; a token of an invitation that was
 * answered, cancelled or expired is 410. Looking never changes anything; only answering does.
 */
@Service
public class InvitationLinks {

    private final InvitationStore invitations;
    private final InvitationAnswers answers;
    private final Clock clock;

    public InvitationLinks(InvitationStore invitations, InvitationAnswers answers, Clock clock) {
        this.invitations = invitations;
        this.answers = answers;
        this.clock = clock;
    }

    public Invitation preview(String token) {
        return open(token).aggregate();
    }

    public Invitation accept(String token, Access granted) {
        Versioned<Invitation> loaded = open(token);
        try {
            return answers.accept(loaded, granted, null);
        } catch (InvitationClosed e) {
            throw new GoneException(e.getMessage());
        }
    }

    public Invitation decline(String token) {
        Versioned<Invitation> loaded = open(token);
        try {
            return answers.decline(loaded, null);
        } catch (InvitationClosed e) {
            throw new GoneException(e.getMessage());
        }
    }

    /** The invitation behind the link whatever its state (to word a page about a closed one). */
    public Optional<Invitation> anyState(String token) {
        return find(token).map(Versioned::aggregate);
    }

    private Optional<Versioned<Invitation>> find(String token) {
        return (LinkSecret.looksValid(token)
                ? invitations.findByTokenHash(LinkSecret.hashOf(token)) : Optional.<Versioned<Invitation>>empty())
                .filter(found -> found.aggregate().opensWith(token));
    }

    private Versioned<Invitation> open(String token) {
        Versioned<Invitation> loaded = find(token).orElseThrow(() -> new NotFoundException("this link is not valid"));
        InvitationState state = loaded.aggregate().stateAt(clock.instant());
        if (state != InvitationState.PENDING) {
            throw new GoneException("this link is no longer valid: the invitation is "
                    + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        return loaded;
    }
}
