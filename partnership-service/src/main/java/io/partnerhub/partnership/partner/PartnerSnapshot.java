package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.collaborator.CollaboratorRights;

import java.time.Instant;
import java.util.List;

/**
 * Everything a partner holds, as plain values: what {@link Partner#snapshot()} answers and
 * {@link Partner#restore} starts from, so storage maps these and never the aggregate's fields.
 *
 * @param yearlyVolumes the latest report of each currency and billing's version of it
 */
public record PartnerSnapshot(String id, PartnerApplication application, Instant admittedAt,
                              ProgramStatus programStatus, List<YearlyVolumes.Reported> yearlyVolumes, boolean listed,
                              TenderOptIn tenderOptIn, List<CollaboratorRights> collaborators, long revision) {

    public PartnerSnapshot {
        yearlyVolumes = List.copyOf(yearlyVolumes == null ? List.of() : yearlyVolumes);
        collaborators = List.copyOf(collaborators == null ? List.of() : collaborators);
    }
}
