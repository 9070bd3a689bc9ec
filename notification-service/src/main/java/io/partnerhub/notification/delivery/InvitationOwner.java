package io.partnerhub.notification.delivery;

import io.partnerhub.notification.message.Precondition;

import java.util.List;
import java.util.Set;

/** The service that owns invitations, asked whether emailed links still work. */
public interface InvitationOwner {

    /**
     * The ids of the invitations whose given link is live now (1 to 1000 links, each invitation at
     * most once); those stay held for {@code hold} until it is released or ends.
     *
     * @throws RuntimeException when it cannot answer (unreachable, timed out, 5xx, malformed answer)
     */
    Set<String> liveAmong(List<Precondition.InvitationLinkLive> links, SendHold hold);

    /**
     * The hold's emails were accepted or refused by SMTP (or never sent).
     *
     * @throws RuntimeException when it cannot be told (the hold then simply expires)
     */
    void release(SendHold hold);
}
