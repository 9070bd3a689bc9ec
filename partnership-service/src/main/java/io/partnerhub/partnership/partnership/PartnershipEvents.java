package io.partnerhub.partnership.partnership;

import io.partnerhub.partnership.shared.DomainEvent;
import io.partnerhub.partnership.shared.Side;

/** What happens to a partnership (R17: every change is one of these). */
public final class PartnershipEvents {

    private PartnershipEvents() {
    }

    public record Started(String invitationId, boolean upgradedExistingAttachment) implements DomainEvent {
    }

    public record AccessChanged(Access previous, Access access) implements DomainEvent {
    }

    public record PaymentModeChanged(PaymentMode previous, PaymentMode paymentMode) implements DomainEvent {
    }

    public record AccessIncreaseRequested(Access current, Access requested) implements DomainEvent {
    }

    public record AccessIncreaseDeclined(Access requested) implements DomainEvent {
    }

    public record TerminationRequested(PendingTermination termination) implements DomainEvent {
    }

    public record Terminated(Side endedBy, String endedByUserId, String reason) implements DomainEvent {
    }
}
