package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.kafka.PoisonEventException;
import io.partnerhub.kit.plain.CannotOpenSealException;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.LinkSecretSeal;
import io.partnerhub.notification.message.Precondition;
import org.springframework.stereotype.Component;

/**
 * The link secret an event carries for the email, opened: producers seal it for this service
 * (see {@link LinkSecretSeal}); a value that is not sealed — written before sealing, or by a
 * producer without keys — is used as it is. A sealed value this service cannot open is poison.
 */
@Component
class LinkSecrets {

    private final LinkSecretSeal seal;

    LinkSecrets(LinkSecretSeal seal) {
        this.seal = seal;
    }

    String open(String value, EventMetadata metadata, Object event, String field) {
        try {
            return seal.open(value, metadata.getEventId().toString());
        } catch (CannotOpenSealException e) {
            // Not chained: the dead letter's reason is the root cause's message, and this one names the event and field.
            throw new PoisonEventException(event.getClass().getSimpleName() + "." + field + " of event "
                    + metadata.getEventId() + " cannot be opened: " + e.getMessage());
        }
    }

    /**
     * What an email carrying this opened link secret needs: the link still live, named as
     * partnership-service stores it (the SHA-256 of the secret). None without a secret: that
     * email is incomplete and is never sent anyway.
     */
    static Precondition.InvitationLinkLive liveLink(String invitationId, String secret) {
        if (invitationId == null || secret == null || secret.isBlank()) {
            return null;
        }
        return new Precondition.InvitationLinkLive(invitationId, LinkSecret.hashOf(secret));
    }
}
