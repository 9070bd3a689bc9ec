package io.partnerhub.partnership.partner.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.partnership.partner.TenderSubscriber;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.web.Roles;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The partners opted in to tender requests, read from the partner documents at the moment of the
 * call (no cache): an opt-out confirmed here keeps the very next fan-out from reaching the partner.
 */
@Service
public class TenderSubscribers {

    private final PartnerStore partners;

    public TenderSubscribers(PartnerStore partners) {
        this.partners = partners;
    }

    /** Up to {@code limit} subscribers with a partner id after {@code after} (null: from the first), in id order. */
    public List<TenderSubscriber> page(Caller caller, String after, int limit) {
        Roles.requireServiceOrOps(caller);
        return partners.optedInToTenders(after, limit).stream()
                .flatMap(partner -> TenderSubscriber.of(partner).stream()).toList();
    }

    public TenderSubscriber one(Caller caller, String partnerId) {
        Roles.requireServiceOrOps(caller);
        return partners.find(partnerId).map(Versioned::aggregate).flatMap(TenderSubscriber::of)
                .orElseThrow(() -> new NotFoundException("no partner " + partnerId + " is opted in to tender requests"));
    }
}
