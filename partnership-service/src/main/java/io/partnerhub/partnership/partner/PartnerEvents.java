package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.collaborator.CollaboratorRights;
import io.partnerhub.partnership.shared.DomainEvent;

/** What happens to a partner. */
public final class PartnerEvents {

    private PartnerEvents() {
    }

    public record Applied(PartnerApplication application) implements DomainEvent {
    }

    public record Admitted(ProgramStatus programStatus) implements DomainEvent {
    }

    public record ProgramStatusChanged(ProgramStatus previous, ProgramStatus status, YearlyVolume volume)
            implements DomainEvent {
    }

    public record DirectoryListingChanged(boolean listed) implements DomainEvent {
    }

    public record TenderOptInChanged(TenderOptIn optIn) implements DomainEvent {
    }

    public record CollaboratorRightsChanged(CollaboratorRights rights, boolean withdrawn) implements DomainEvent {
    }
}
