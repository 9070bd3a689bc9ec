package io.partnerhub.partnership.partner.application;

import io.partnerhub.events.Topic;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.plain.OptimisticRetry;
import io.partnerhub.partnership.messaging.Outbox;
import io.partnerhub.partnership.partner.AffiliateExclusion;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.PartnerApplication;
import io.partnerhub.partnership.partner.TenderOptIn;
import io.partnerhub.partnership.partner.messaging.PartnerEventMapper;
import io.partnerhub.partnership.partner.messaging.PartnerStateMapper;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partner.persistence.ProgramMemberships;
import io.partnerhub.partnership.partner.persistence.ProgramMemberships.Program;
import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.web.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Use cases of a partner's own organization: apply, directory listing, tender opt-in, collaborators. */
@Service
public class PartnerService {

    private final PartnerStore partners;
    private final ProgramMemberships memberships;
    private final Outbox outbox;
    private final Clock clock;

    public PartnerService(PartnerStore partners, ProgramMemberships memberships, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.memberships = memberships;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** R1–R3: the organization's legal representative applies; an affiliate is refused. */
    public Partner apply(Caller caller, PartnerApplication application) {
        Roles.requireLegalRepresentative(caller);
        Optional<Program> other = memberships.enrol(application.organizationId(), Program.PARTNER, clock.instant());
        Partner.Admission admission = Partner.admit(application, other.isPresent(), clock.instant());
        Partner partner = admission.partner();
        try {
            partners.insert(partner, messages(partner, caller, admission.events()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("the organization is already a partner");
        }
        return partner;
    }

    public Partner own(Caller caller) {
        return load(caller).aggregate();
    }

    public Partner listInDirectory(Caller caller, boolean listed) {
        Roles.requireLegalRepresentativeOrAdmin(caller);
        return change(caller, partner -> partner.listInDirectory(listed).map(List::<DomainEvent>of).orElse(List.of()));
    }

    public Partner changeTenderOptIn(Caller caller, TenderOptIn optIn) {
        Roles.requireLegalRepresentativeOrAdmin(caller);
        return change(caller, partner -> partner.changeTenderOptIn(optIn).map(List::<DomainEvent>of).orElse(List.of()));
    }

    /** R5: only the partner's legal representative decides who manages customers. */
    public Partner grantCollaborator(Caller caller, CollaboratorRights rights) {
        Roles.requireLegalRepresentative(caller);
        return change(caller, partner -> List.of(partner.grantCollaborator(rights)));
    }

    public Partner withdrawCollaborator(Caller caller, String userId) {
        Roles.requireLegalRepresentative(caller);
        return change(caller, partner -> List.of(partner.withdrawCollaborator(userId)));
    }

    /** R3 the other way round: the affiliate program tells us of an enrolment; a partner is refused. */
    public void enrolAffiliate(Caller caller, String organizationId) {
        Roles.requireOps(caller);
        memberships.enrol(organizationId, Program.AFFILIATE, clock.instant()).ifPresent(program -> {
            throw new AffiliateExclusion(organizationId, program.name().toLowerCase(java.util.Locale.ROOT));
        });
    }

    public List<Partner> searchDirectory(String term) {
        if (term == null || term.trim().length() < 2 || term.length() > 100) {
            throw new IllegalArgumentException("search with 2 to 100 characters");
        }
        if (term.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the search may not contain control characters");
        }
        return partners.searchDirectory(term, 20);
    }

    /**
     * Applies the partner's own command to its current state. The partner's document also changes in
     * the background (yearly volumes from billing's events), and the caller asked for an outcome, not
     * for a version: a write that lost to another writer is decided again on the fresh state.
     */
    private Partner change(Caller caller, Function<Partner, List<DomainEvent>> transition) {
        return OptimisticRetry.untilWritten("the partner", () -> {
            Versioned<Partner> loaded = load(caller);
            Partner partner = loaded.aggregate();
            List<DomainEvent> events = transition.apply(partner);
            boolean done = events.isEmpty() || partners.tryUpdate(loaded, messages(partner, caller, events));
            return done ? Optional.of(partner) : Optional.empty();
        });
    }

    private Versioned<Partner> load(Caller caller) {
        return partners.find(caller.organizationId())
                .orElseThrow(() -> new NotFoundException("the organization is not a partner"));
    }

    /** The change events, then the partner's new whole state for the state topic. */
    List<OutboxMessage> messages(Partner partner, Caller caller, List<DomainEvent> events) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (DomainEvent event : events) {
            messages.add(outbox.message(Topic.PARTNERS, partner.id(), PartnerEventMapper.toAvro(
                    partner, event, outbox.metadata(partner.id(), partner.revision(), caller))));
        }
        messages.add(PartnerStateMapper.message(partner, outbox.metadata(partner.id(), partner.revision(), caller)));
        return messages;
    }
}
