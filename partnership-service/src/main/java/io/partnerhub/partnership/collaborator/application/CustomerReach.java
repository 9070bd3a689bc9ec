package io.partnerhub.partnership.collaborator.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * R5, least privilege: on the partner side, legal representatives and administrators reach every
 * customer; any other user of the partner only the customers its current collaborator rights name.
 * Callers of the customer side (or of neither side) are not restricted here.
 */
@Component
public class CustomerReach {

    private final PartnerStore partners;

    public CustomerReach(PartnerStore partners) {
        this.partners = partners;
    }

    /** What this caller reaches; the partner's rights are read once, so a list is filtered with one read. */
    public Reach of(Caller caller) {
        if (caller.hasAnyRole(Caller.LEGAL_REPRESENTATIVE, Caller.ADMIN)) {
            return (partnerId, customerId) -> true;
        }
        Optional<Partner> ownPartner = partners.find(caller.organizationId()).map(Versioned::aggregate);
        return (partnerId, customerId) -> !partnerId.equals(caller.organizationId())
                || ownPartner.map(partner -> partner.collaboratorMayManage(caller.userId(), customerId)).orElse(false);
    }

    /** Whether the caller may see what the partner holds for the customer (a partnership, an invitation). */
    @FunctionalInterface
    public interface Reach {
        boolean reaches(String partnerId, String customerId);
    }
}
