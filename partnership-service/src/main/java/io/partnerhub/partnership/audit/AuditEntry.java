package io.partnerhub.partnership.audit;

import java.time.Instant;

/** R17: one recorded change — who (null for the system or an emailed link), when, what, before → after. */
public record AuditEntry(Instant at, String actorUserId, String actorOrganizationId, String change, String before,
                         String after) {
}
