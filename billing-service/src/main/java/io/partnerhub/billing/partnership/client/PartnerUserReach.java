package io.partnerhub.billing.partnership.client;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.collaborator.OrderingPermission;
import io.partnerhub.kit.security.Caller;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Whether a partner's user reaches a customer now, as partnership-service answers it: the partnership
 * must be live, and a collaborator (R5) must hold a right naming that customer — the same answer an
 * order by that user is decided on. Owner unreachable → 503 (fail closed).
 */
@Service
public class PartnerUserReach {

    private final PartnershipOwner owner;

    PartnerUserReach(PartnershipOwner owner) {
        this.owner = owner;
    }

    /** The live partnership's terms if the calling partner user reaches the customer; empty otherwise. */
    public Optional<PartnershipTerms> liveTerms(Caller caller, String customerId) {
        String partner = caller.organizationId();
        if (OrderingPermission.representsOrganization(caller.roles())) {
            return owner.between(partner, customerId).map(OwnerTerms.Live::terms);
        }
        var standing = owner.standing(partner, customerId, caller.userId());
        return standing.live().filter(terms -> OrderingPermission.ofPartnerUser(partner, caller.roles(),
                standing.rights(), customerId).granted());
    }
}
