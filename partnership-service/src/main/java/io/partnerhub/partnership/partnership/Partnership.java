package io.partnerhub.partnership.partnership;

import io.partnerhub.partnership.partnership.PartnershipEvents.AccessChanged;
import io.partnerhub.partnership.partnership.PartnershipEvents.AccessIncreaseDeclined;
import io.partnerhub.partnership.partnership.PartnershipEvents.AccessIncreaseRequested;
import io.partnerhub.partnership.partnership.PartnershipEvents.PaymentModeChanged;
import io.partnerhub.partnership.partnership.PartnershipEvents.Started;
import io.partnerhub.partnership.partnership.PartnershipEvents.Terminated;
import io.partnerhub.partnership.partnership.PartnershipEvents.TerminationRequested;
import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.shared.Party;
import io.partnerhub.partnership.shared.RuleViolation;
import io.partnerhub.partnership.shared.Side;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The link between one customer and one partner (R7, R8, R13–R15).
 *
 * <p>LIVE with an access (limited or full, payment mode under full) the customer changes at any
 * time. The partner may ask for more access; the customer approves or declines. Ending takes two
 * steps: a request that returns a confirmation id, then its confirmation (the caller proves its
 * identity again, checked at the edge) within {@link #CONFIRMATION_WINDOW}; then ENDED.
 */
public final class Partnership {

    public static final Duration CONFIRMATION_WINDOW = Duration.ofMinutes(15);

    private String id;
    private Party partner;
    private Party customer;
    private String invitationId;
    private Access requestedAccess;
    private Access access;
    private PartnershipState state;
    private AccessIncreaseRequest pendingIncrease;
    private PendingTermination pendingTermination;
    private Instant startedAt;
    private Instant endedAt;
    private Side endedBy;
    private long revision;

    private Partnership() {
    }

    /** Starts from an accepted invitation; {@code upgraded} tells R12 upgraded an attachment. */
    public static Start start(String id, String invitationId, Party partner, Party customer,
                              Access requested, Access granted, boolean upgraded, Instant now) {
        Partnership partnership = new Partnership();
        partnership.id = id;
        partnership.invitationId = invitationId;
        partnership.partner = partner;
        partnership.customer = customer;
        partnership.requestedAccess = requested;
        partnership.access = Objects.requireNonNull(granted, "granted");
        partnership.state = PartnershipState.LIVE;
        partnership.startedAt = now;
        partnership.revision = 1;
        return new Start(partnership, new Started(invitationId, upgraded));
    }

    public record Start(Partnership partnership, Started event) {
    }

    /** The partnership as it was when {@link #snapshot()} was taken (loaded from storage). */
    public static Partnership restore(PartnershipSnapshot snapshot) {
        Partnership partnership = new Partnership();
        partnership.id = snapshot.id();
        partnership.partner = snapshot.partner();
        partnership.customer = snapshot.customer();
        partnership.invitationId = snapshot.invitationId();
        partnership.requestedAccess = snapshot.requestedAccess();
        partnership.access = snapshot.access();
        partnership.state = snapshot.state();
        partnership.pendingIncrease = snapshot.pendingIncrease();
        partnership.pendingTermination = snapshot.pendingTermination();
        partnership.startedAt = snapshot.startedAt();
        partnership.endedAt = snapshot.endedAt();
        partnership.endedBy = snapshot.endedBy();
        partnership.revision = snapshot.revision();
        return partnership;
    }

    public PartnershipSnapshot snapshot() {
        return new PartnershipSnapshot(id, partner, customer, invitationId, requestedAccess, access, state,
                pendingIncrease, pendingTermination, startedAt, endedAt, endedBy, revision);
    }

    /**
     * R13: the customer sets a new access, effective at once. Under full access a change of
     * payment mode is reported as its own event too (R14).
     */
    public List<DomainEvent> changeAccess(Access newAccess) {
        requireLive();
        if (newAccess.equals(access)) {
            return List.of();
        }
        Access previous = access;
        access = newAccess;
        pendingIncrease = pendingIncrease != null && access.includes(pendingIncrease.requested()) ? null : pendingIncrease;
        revision++;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new AccessChanged(previous, newAccess));
        if (previous.isFull() && newAccess.isFull()) {
            events.add(new PaymentModeChanged(previous.paymentMode(), newAccess.paymentMode()));
        }
        return events;
    }

    /** R14: under full access the customer changes who pays. */
    public List<DomainEvent> changePaymentMode(PaymentMode mode) {
        requireLive();
        if (!access.isFull()) {
            throw new RuleViolation("a payment mode exists only under full access (R8)");
        }
        if (access.paymentMode() == mode) {
            return List.of();
        }
        PaymentMode previous = access.paymentMode();
        access = Access.full(mode);
        revision++;
        return List.of(new PaymentModeChanged(previous, mode));
    }

    /** The partner asks for more than it has; one open request at a time, a new one replaces it. */
    public AccessIncreaseRequested requestAccessIncrease(Access wanted, String userId, Instant now) {
        requireLive();
        if (access.includes(wanted)) {
            throw new RuleViolation("the partner already has that access");
        }
        pendingIncrease = new AccessIncreaseRequest(wanted, userId, now);
        revision++;
        return new AccessIncreaseRequested(access, wanted);
    }

    /** The customer approves: the access widens by what was asked (full takes the payment mode). */
    public List<DomainEvent> approveAccessIncrease(PaymentMode paymentModeIfFull) {
        AccessIncreaseRequest request = requirePendingIncrease();
        pendingIncrease = null;
        List<DomainEvent> events = changeAccess(access.widenedBy(request.requested(), paymentModeIfFull));
        return events;
    }

    public AccessIncreaseDeclined declineAccessIncrease() {
        AccessIncreaseRequest request = requirePendingIncrease();
        pendingIncrease = null;
        revision++;
        return new AccessIncreaseDeclined(request.requested());
    }

    /** R15 step 1: either side asks to end it; the answer names the confirmation to give. */
    public TerminationRequested requestTermination(Side side, String userId, String reason, Instant now) {
        requireLive();
        pendingTermination = new PendingTermination(UUID.randomUUID().toString(), side, userId, reason, now,
                now.plus(CONFIRMATION_WINDOW));
        revision++;
        return new TerminationRequested(pendingTermination);
    }

    /** R15 step 2: the same user confirms within the window (the fresh authentication is checked at the edge). */
    public Terminated confirmTermination(String confirmationId, String userId, Instant now) {
        requireLive();
        PendingTermination pending = pendingTermination;
        if (pending == null || !pending.confirmationId().equals(confirmationId)) {
            throw new TerminationNotConfirmable("no such termination request; request the termination first");
        }
        if (!pending.requestedByUserId().equals(userId)) {
            throw new TerminationNotConfirmable("only the user who requested the termination may confirm it");
        }
        if (!now.isBefore(pending.confirmBefore())) {
            throw new TerminationNotConfirmable("the termination request expired; request it again");
        }
        state = PartnershipState.ENDED;
        endedAt = now;
        endedBy = pending.requestedBy();
        pendingTermination = null;
        pendingIncrease = null;
        revision++;
        return new Terminated(pending.requestedBy(), userId, pending.reason());
    }

    public Side sideOf(String organizationId) {
        if (partner.organizationId().equals(organizationId)) {
            return Side.PARTNER;
        }
        if (customer.organizationId().equals(organizationId)) {
            return Side.CUSTOMER;
        }
        return null;
    }

    public boolean isLive() {
        return state == PartnershipState.LIVE;
    }

    private AccessIncreaseRequest requirePendingIncrease() {
        requireLive();
        if (pendingIncrease == null) {
            throw new RuleViolation("the partner has not asked for more access");
        }
        return pendingIncrease;
    }

    private void requireLive() {
        if (state != PartnershipState.LIVE) {
            throw new RuleViolation("the partnership has ended");
        }
    }

    public String id() {
        return id;
    }

    public Party partner() {
        return partner;
    }

    public Party customer() {
        return customer;
    }

    public Party party(Side side) {
        return side == Side.PARTNER ? partner : customer;
    }

    public String invitationId() {
        return invitationId;
    }

    public Access requestedAccess() {
        return requestedAccess;
    }

    public Access access() {
        return access;
    }

    public PartnershipState state() {
        return state;
    }

    public AccessIncreaseRequest pendingIncrease() {
        return pendingIncrease;
    }

    public PendingTermination pendingTermination() {
        return pendingTermination;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Side endedBy() {
        return endedBy;
    }

    public long revision() {
        return revision;
    }
}
