package io.partnerhub.partnership.audit;

import io.partnerhub.partnership.invitation.InvitationEvents;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.PartnershipEvents;
import io.partnerhub.partnership.partnership.PaymentMode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void recordsWhoWhenAndBeforeAfter() {
        AuditEntry entry = AuditTrail.entry(new PartnershipEvents.AccessChanged(Access.limited(Set.of("b", "a"), Set.of()),
                Access.full(PaymentMode.PARTNER)), NOW, "jean", "customer-org");
        assertThat(entry).isEqualTo(new AuditEntry(NOW, "jean", "customer-org", "AccessChanged",
                "LIMITED products=[a, b] categories=[]", "FULL, paid by PARTNER"));
    }

    @Test
    void invitationOutcomesGoFromPending() {
        AuditEntry expired = AuditTrail.entry(new InvitationEvents.Expired(), NOW, null, null);
        assertThat(expired.before()).isEqualTo("PENDING");
        assertThat(expired.after()).isEqualTo("EXPIRED");
    }
}
