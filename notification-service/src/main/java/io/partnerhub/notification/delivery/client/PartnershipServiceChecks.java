package io.partnerhub.notification.delivery.client;

import io.partnerhub.kit.client.ServiceClient;
import io.partnerhub.kit.client.ServiceClients;
import io.partnerhub.notification.delivery.InvitationOwner;
import io.partnerhub.notification.delivery.SendHold;
import io.partnerhub.notification.message.Precondition;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * partnership-service's {@code POST /invitation-link-checks}:
 * {@code {"links":[{"invitationId":"..","tokenHash":".."}],"hold":{"holder":"..","seconds":45}}} →
 * {@code {"live":[invitationIds]}}, and {@code DELETE /invitation-link-checks/holds/{holder}}.
 */
@Component
class PartnershipServiceChecks implements InvitationOwner {

    private final ServiceClient partnershipService;

    PartnershipServiceChecks(ServiceClients clients, PeerProperties peers) {
        this.partnershipService = clients.to("partnership-service", peers.partnershipUrl());
    }

    @Override
    public Set<String> liveAmong(List<Precondition.InvitationLinkLive> links, SendHold hold) {
        InvitationLinkChecks question = new InvitationLinkChecks(links.stream()
                .map(link -> new Link(link.invitationId(), link.tokenHash())).toList(),
                new Hold(hold.holder(), hold.duration().toSeconds()));
        hold.asking();
        LiveInvitations answer = partnershipService.post("invitation-link-checks", question, LiveInvitations.class);
        if (answer == null || answer.live() == null) {
            throw new IllegalStateException("partnership-service answered /invitation-link-checks without \"live\"");
        }
        return Set.copyOf(answer.live());
    }

    @Override
    public void release(SendHold hold) {
        partnershipService.delete("invitation-link-checks/holds/" + hold.holder());
    }

    record InvitationLinkChecks(List<Link> links, Hold hold) {
    }

    record Hold(String holder, long seconds) {
    }

    record Link(String invitationId, String tokenHash) {
    }

    record LiveInvitations(List<String> live) {
    }
}
