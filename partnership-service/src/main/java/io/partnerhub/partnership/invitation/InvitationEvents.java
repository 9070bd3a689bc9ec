package io.partnerhub.partnership.invitation;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.shared.DomainEvent;

import java.time.Instant;

/** What happens to an invitation. The raw link token appears only in Created and Resent. */
public final class InvitationEvents {

    private InvitationEvents() {
    }

    public record Created(LinkSecret token) implements DomainEvent {
    }

    public record Resent(LinkSecret token) implements DomainEvent {
    }

    public record ExpiringSoon(Instant expiresAt, int daysLeft) implements DomainEvent {
    }

    public record Accepted(String partnershipId, Access grantedAccess) implements DomainEvent {
    }

    public record Declined() implements DomainEvent {
    }

    public record Cancelled() implements DomainEvent {
    }

    public record Expired() implements DomainEvent {
    }
}
