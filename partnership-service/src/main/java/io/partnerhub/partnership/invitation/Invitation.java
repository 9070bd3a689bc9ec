package io.partnerhub.partnership.invitation;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.partnership.invitation.InvitationEvents.Accepted;
import io.partnerhub.partnership.invitation.InvitationEvents.Cancelled;
import io.partnerhub.partnership.invitation.InvitationEvents.Created;
import io.partnerhub.partnership.invitation.InvitationEvents.Declined;
import io.partnerhub.partnership.invitation.InvitationEvents.Expired;
import io.partnerhub.partnership.invitation.InvitationEvents.ExpiringSoon;
import io.partnerhub.partnership.invitation.InvitationEvents.Resent;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.shared.Party;
import io.partnerhub.partnership.shared.RuleViolation;
import io.partnerhub.partnership.shared.Side;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer to start a partnership, sent by one side to the other (R9, R10, R11).
 *
 * <p>PENDING until the invitee accepts or declines, the sender cancels, or the deadline passes
 * (EXPIRED). The invitee answers as an authenticated user of the invited organization or through
 * the emailed single-use link. A resend issues a new link (the old one dies) and a new deadline.
 * Reminders ("expiring soon") fall due before the deadline, as the {@link InvitationPolicy} says.
 */
public final class Invitation {

    private String id;
    private InvitationDirection direction;
    private Party partner;
    private Party customer;
    private Access requestedAccess;
    private Access grantedAccess;
    private String senderUserId;
    private InvitationState state;
    private Instant createdAt;
    private Instant expiresAt;
    private List<Instant> reminderTimes;
    private String tokenHash;
    private String partnershipId;
    private Instant closedAt;
    private long revision;

    private Invitation() {
    }

    public static Creation send(String id, InvitationDirection direction, Party partner, Party customer,
                                Access requestedAccess, String senderUserId, Instant now, InvitationPolicy policy) {
        Objects.requireNonNull(requestedAccess, "requestedAccess");
        if (partner.organizationId().equals(customer.organizationId())) {
            throw new IllegalArgumentException("an organization cannot be its own partner");
        }
        Invitation invitation = new Invitation();
        invitation.id = id;
        invitation.direction = direction;
        invitation.partner = partner;
        invitation.customer = customer;
        invitation.requestedAccess = requestedAccess;
        invitation.senderUserId = senderUserId;
        invitation.state = InvitationState.PENDING;
        invitation.createdAt = now;
        invitation.revision = 1;
        LinkSecret token = invitation.renewDeadlineAndLink(now, policy);
        return new Creation(invitation, new Created(token));
    }

    public record Creation(Invitation invitation, Created event) {
    }

    /** The invitation as it was when {@link #snapshot()} was taken (loaded from storage). */
    public static Invitation restore(InvitationSnapshot snapshot) {
        Invitation invitation = new Invitation();
        invitation.id = snapshot.id();
        invitation.direction = snapshot.direction();
        invitation.partner = snapshot.partner();
        invitation.customer = snapshot.customer();
        invitation.requestedAccess = snapshot.requestedAccess();
        invitation.grantedAccess = snapshot.grantedAccess();
        invitation.senderUserId = snapshot.senderUserId();
        invitation.state = snapshot.state();
        invitation.createdAt = snapshot.createdAt();
        invitation.expiresAt = snapshot.expiresAt();
        invitation.reminderTimes = new ArrayList<>(snapshot.reminderTimes());
        invitation.tokenHash = snapshot.tokenHash();
        invitation.partnershipId = snapshot.partnershipId();
        invitation.closedAt = snapshot.closedAt();
        invitation.revision = snapshot.revision();
        return invitation;
    }

    public InvitationSnapshot snapshot() {
        return new InvitationSnapshot(id, direction, partner, customer, requestedAccess, grantedAccess, senderUserId,
                state, createdAt, expiresAt, reminderTimes, tokenHash, partnershipId, closedAt, revision);
    }

    /** R11: the sender sends it again: a new link (the old one dies) and a fresh deadline. */
    public Resent resend(String senderOrganizationId, Instant now, InvitationPolicy policy) {
        requireSender(senderOrganizationId);
        requireOpen(now);
        revision++;
        return new Resent(renewDeadlineAndLink(now, policy));
    }

    /** R11: the sender withdraws it before it is answered. */
    public Cancelled cancel(String senderOrganizationId, Instant now) {
        requireSender(senderOrganizationId);
        requireOpen(now);
        close(InvitationState.CANCELLED, now);
        return new Cancelled();
    }

    /**
     * The invitee accepts. A customer answering a partner's request may grant other access than
     * requested (R9); a partner answering a customer takes the access the customer chose (R10).
     *
     * @param granted the access granted, or null for exactly what was requested
     */
    public Accepted accept(Access granted, String newPartnershipId, Instant now) {
        requireOpen(now);
        if (granted != null && direction == InvitationDirection.CUSTOMER_TO_PARTNER
                && !granted.equals(requestedAccess)) {
            throw new RuleViolation("the customer chose the access; the partner cannot change it");
        }
        grantedAccess = granted == null ? requestedAccess : granted;
        partnershipId = newPartnershipId;
        close(InvitationState.ACCEPTED, now);
        return new Accepted(newPartnershipId, grantedAccess);
    }

    public Declined decline(Instant now) {
        requireOpen(now);
        close(InvitationState.DECLINED, now);
        return new Declined();
    }

    /** The deadline passed while pending: EXPIRED. Anything else: nothing happens. */
    public Optional<Expired> expire(Instant now) {
        if (!SweepDue.at(now).matches(state, expiresAt)) {
            return Optional.empty();
        }
        close(InvitationState.EXPIRED, now);
        return Optional.of(new Expired());
    }

    /**
     * The reminder that is due, if any. Reminders missed while nobody swept are folded into one,
     * so the invitee never gets two at once.
     */
    public Optional<ExpiringSoon> remindIfDue(Instant now) {
        SweepDue due = SweepDue.at(now);
        if (!due.matches(state, nextReminderAt()) || due.matches(state, expiresAt)) {
            return Optional.empty();
        }
        reminderTimes.removeIf(time -> !time.isAfter(now));
        revision++;
        long hoursLeft = Duration.between(now, expiresAt).toHours();
        int daysLeft = (int) Math.max(1, (hoursLeft + 23) / 24);
        return Optional.of(new ExpiringSoon(expiresAt, daysLeft));
    }

    public boolean opensWith(String rawToken) {
        return LinkSecret.matches(tokenHash, rawToken);
    }

    public boolean concerns(String organizationId) {
        return partner.organizationId().equals(organizationId) || customer.organizationId().equals(organizationId);
    }

    public boolean isInvitee(String organizationId) {
        return party(direction.invitee()).organizationId().equals(organizationId);
    }

    public boolean isSender(String organizationId) {
        return party(direction.sender()).organizationId().equals(organizationId);
    }

    public Party party(Side side) {
        return side == Side.PARTNER ? partner : customer;
    }

    private LinkSecret renewDeadlineAndLink(Instant now, InvitationPolicy policy) {
        LinkSecret token = LinkSecret.generate();
        tokenHash = token.hash();
        expiresAt = now.plus(policy.validity());
        reminderTimes = new ArrayList<>(policy.remindersBefore().stream().map(expiresAt::minus).toList());
        return token;
    }

    private void requireSender(String organizationId) {
        if (!isSender(organizationId)) {
            throw new RuleViolation("only the sender may resend or cancel an invitation");
        }
    }

    private void requireOpen(Instant now) {
        InvitationState current = stateAt(now);
        if (current != InvitationState.PENDING) {
            throw new InvitationClosed(current);
        }
    }

    private void close(InvitationState finalState, Instant now) {
        state = finalState;
        closedAt = now;
        reminderTimes = new ArrayList<>();
        revision++;
    }

    public String id() {
        return id;
    }

    public InvitationDirection direction() {
        return direction;
    }

    public Party partner() {
        return partner;
    }

    public Party customer() {
        return customer;
    }

    public Party sender() {
        return party(direction.sender());
    }

    public Party invitee() {
        return party(direction.invitee());
    }

    public String senderUserId() {
        return senderUserId;
    }

    public Access requestedAccess() {
        return requestedAccess;
    }

    public Access grantedAccess() {
        return grantedAccess;
    }

    public InvitationState state() {
        return state;
    }

    /** The state as of {@code now}: past its deadline a pending invitation is expired, swept or not. */
    public InvitationState stateAt(Instant now) {
        return state.asOf(expiresAt, now);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** When the next reminder falls due, or null. */
    public Instant nextReminderAt() {
        return reminderTimes.isEmpty() ? null : reminderTimes.get(0);
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String partnershipId() {
        return partnershipId;
    }

    public long revision() {
        return revision;
    }
}
