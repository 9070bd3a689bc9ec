package io.partnerhub.partnership.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;

/**
 * What decides whether an emailed invitation link still works: the invitation's state, deadline
 * and the hash of its current link secret (a resend replaces it, so the old link dies).
 */
public record InvitationLink(String invitationId, InvitationState state, String tokenHash, Instant expiresAt) {

    /**
     * Whether a link whose secret hashes to {@code presentedHash} (hex SHA-256) still opens this
     * invitation: it is pending, its deadline has not passed (even if the sweeper has not marked
     * it expired yet) and the hash is the current one, compared in constant time.
     */
    public boolean isLiveFor(String presentedHash, Instant now) {
        return expiresAt != null && state.asOf(expiresAt, now) == InvitationState.PENDING
                && tokenHash != null && presentedHash != null
                && MessageDigest.isEqual(tokenHash.getBytes(StandardCharsets.US_ASCII),
                        presentedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
