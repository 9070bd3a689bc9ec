package io.partnerhub.partnership.partnership;

import io.partnerhub.partnership.invitation.InvitationFixture;

import java.time.Instant;
import java.util.Set;

public final class PartnershipFixture {

    public static final Access WEB_ONLY = Access.limited(Set.of("web-1"), Set.of());

    private PartnershipFixture() {
    }

    public static Partnership live(Access access, Instant now) {
        return Partnership.start("p-1", "inv-1", InvitationFixture.PARTNER, InvitationFixture.CUSTOMER, access,
                access, false, now).partnership();
    }
}
