package io.partnerhub.partnership.invitation.application;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ConflictException;
import io.partnerhub.kit.web.ForbiddenException;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.partnership.collaborator.application.CustomerReach;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.InvitationPolicy;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.shared.Contact;
import io.partnerhub.partnership.shared.Party;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.web.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Invitations in the console (R9–R11, R16): a partner adds a customer, a customer asks a listed
 * partner; the sender resends or cancels; the invitee answers. Only legal representatives act;
 * organizations not named in an invitation get 404.
 */
@Service
public class InvitationService {

    private final InvitationStore invitations;
    private final PartnerStore partners;
    private final PartnershipStore partnerships;
    private final InvitationAnswers answers;
    private final InvitationMessages messages;
    private final InvitationPolicy policy;
    private final InvitationDurations durations;
    private final InvitationSendHolds sendHolds;
    private final CustomerReach reach;
    private final Clock clock;

    public InvitationService(InvitationStore invitations, PartnerStore partners, PartnershipStore partnerships,
                             InvitationAnswers answers, InvitationMessages messages, InvitationPolicy policy,
                             InvitationDurations durations, InvitationSendHolds sendHolds, CustomerReach reach,
                             Clock clock) {
        this.reach = reach;
        this.durations = durations;
        this.sendHolds = sendHolds;
        this.invitations = invitations;
        this.partners = partners;
        this.partnerships = partnerships;
        this.answers = answers;
        this.messages = messages;
        this.policy = policy;
        this.clock = clock;
    }

    /** The other organization of a new invitation, as the sender names it. */
    public record Counterpart(String organizationId, String name, Contact contact) {
    }

    /** R9: the partner's legal representative adds a customer under management. */
    public Invitation inviteCustomer(Caller caller, Counterpart customer, Access requested) {
        Roles.requireLegalRepresentative(caller);
        Partner partner = partners.find(caller.organizationId()).map(Versioned::aggregate)
                .orElseThrow(() -> new ForbiddenException("only partners add customers"));
        Party partnerParty = new Party(partner.id(), partner.legalName(), partner.contact());
        Party customerParty = new Party(customer.organizationId(), customer.name(), customer.contact());
        return send(caller, InvitationDirection.PARTNER_TO_CUSTOMER, partnerParty, customerParty, requested);
    }

    /** R10: the customer's legal representative asks a partner listed in the directory. */
    public Invitation invitePartner(Caller caller, String partnerId, Counterpart self, Access requested) {
        Roles.requireLegalRepresentative(caller);
        Partner partner = partners.find(partnerId).map(Versioned::aggregate).filter(Partner::listed)
                .orElseThrow(() -> new NotFoundException("no such partner in the directory"));
        Party partnerParty = new Party(partner.id(), partner.legalName(), partner.contact());
        Party customerParty = new Party(caller.organizationId(), self.name(), self.contact());
        return send(caller, InvitationDirection.CUSTOMER_TO_PARTNER, partnerParty, customerParty, requested);
    }

    public Invitation get(Caller caller, String id) {
        return load(caller, id).aggregate();
    }

    /** R17: both sides read every change (who, when, before → after). */
    public List<io.partnerhub.partnership.audit.AuditEntry> history(Caller caller, String id) {
        load(caller, id);
        return invitations.history(id);
    }

    /** R5: a collaborator of the partner lists only the invitations of customers its rights name. */
    public List<Invitation> ofCaller(Caller caller) {
        CustomerReach.Reach reachable = reach.of(caller);
        return invitations.ofOrganization(caller.organizationId()).stream()
                .filter(invitation -> reaches(reachable, invitation)).toList();
    }

    /**
     * R11: a new link (the old one dies) and a new deadline. Answers once no email with the old link
     * is still being handed to the mail server.
     */
    public Invitation resend(Caller caller, String id) {
        Versioned<Invitation> loaded = asSender(caller, id);
        Invitation invitation = loaded.aggregate();
        var resent = invitation.resend(caller.organizationId(), clock.instant(), policy);
        invitations.update(loaded, messages.of(invitation, caller, resent));
        sendHolds.awaitReleased(id);
        return invitation;
    }

    /**
     * R11: the sender deletes a pending invitation. Answers once no email of it is still being handed
     * to the mail server.
     */
    public Invitation cancel(Caller caller, String id) {
        Versioned<Invitation> loaded = asSender(caller, id);
        Invitation invitation = loaded.aggregate();
        var cancelled = invitation.cancel(caller.organizationId(), clock.instant());
        invitations.update(loaded, messages.of(invitation, caller, cancelled));
        durations.ended(invitation);
        sendHolds.awaitReleased(id);
        return invitation;
    }

    public Invitation accept(Caller caller, String id, Access granted) {
        return answers.accept(asInvitee(caller, id), granted, caller);
    }

    public Invitation decline(Caller caller, String id) {
        return answers.decline(asInvitee(caller, id), caller);
    }

    private Invitation send(Caller caller, InvitationDirection direction, Party partner, Party customer,
                            Access requested) {
        if (partnerships.liveBetween(customer.organizationId(), partner.organizationId()).isPresent()) {
            throw new ConflictException("the customer and the partner already have a live partnership");
        }
        Invitation.Creation creation = Invitation.send(UUID.randomUUID().toString(), direction, partner, customer,
                requested, caller.userId(), clock.instant(), policy);
        try {
            invitations.insert(creation.invitation(), messages.of(creation.invitation(), caller, creation.event()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("a pending invitation between the customer and the partner already exists");
        }
        return creation.invitation();
    }

    private Versioned<Invitation> asSender(Caller caller, String id) {
        Versioned<Invitation> loaded = load(caller, id);
        if (!loaded.aggregate().isSender(caller.organizationId())) {
            throw new ForbiddenException("only the sender may resend or cancel the invitation");
        }
        Roles.requireLegalRepresentative(caller);
        return loaded;
    }

    private Versioned<Invitation> asInvitee(Caller caller, String id) {
        Versioned<Invitation> loaded = load(caller, id);
        if (!loaded.aggregate().isInvitee(caller.organizationId())) {
            throw new ForbiddenException("only the invited organization may answer");
        }
        Roles.requireLegalRepresentative(caller);
        return loaded;
    }

    private Versioned<Invitation> load(Caller caller, String id) {
        return invitations.find(id).filter(loaded -> loaded.aggregate().concerns(caller.organizationId()))
                .filter(loaded -> reaches(reach.of(caller), loaded.aggregate()))
                .orElseThrow(() -> new NotFoundException("no such invitation"));
    }

    private static boolean reaches(CustomerReach.Reach reachable, Invitation invitation) {
        return reachable.reaches(invitation.partner().organizationId(), invitation.customer().organizationId());
    }
}
