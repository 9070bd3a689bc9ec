package io.partnerhub.notification.validity;

import io.partnerhub.kit.client.ServiceClient;
import io.partnerhub.kit.client.ServiceClients;
import io.partnerhub.notification.message.Precondition;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * partnership-service's {@code POST /invitation-link-checks}:
 * {@code {"links":[{"invitationId":"..","tokenHash":".."}]}} → {@code {"live":[invitationIds]}}.
 */
@Component
class PartnershipServiceChecks implements InvitationOwner {

    private final ServiceClient partnershipService;

    PartnershipServiceChecks(ServiceClients clients, PeerProperties peers) {
        this.partnershipService = clients.to("partnership-service", peers.partnershipUrl());
    }

    @Override
    public Set<String> liveAmong(List<Precondition.InvitationLinkLive> links) {
        InvitationLinkChecks question = new InvitationLinkChecks(links.stream()
                .map(link -> new Link(link.invitationId(), link.tokenHash())).toList());
        LiveInvitations answer = partnershipService.post("invitation-link-checks", question, LiveInvitations.class);
        if (answer == null || answer.live() == null) {
            throw new IllegalStateException("partnership-service answered /invitation-link-checks without \"live\"");
        }
        return Set.copyOf(answer.live());
    }

    record InvitationLinkChecks(List<Link> links) {
    }

    record Link(String invitationId, String tokenHash) {
    }

    record LiveInvitations(List<String> live) {
    }
}
