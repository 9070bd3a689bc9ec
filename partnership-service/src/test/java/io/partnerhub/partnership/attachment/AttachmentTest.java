package io.partnerhub.partnership.attachment;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void anExternalUserIsUpgradedToPartnerAndFallsBackWhenItEnds() {
        Attachment attachment = Attachment.externalUser("customer", "partner", NOW);

        assertThat(attachment.upgradeToPartner("p-1", NOW)).isTrue();
        assertThat(attachment.role()).isEqualTo(AttachmentRole.PARTNER);
        assertThat(attachment.partnershipId()).isEqualTo("p-1");

        assertThat(attachment.partnershipEnded()).isTrue();
        assertThat(attachment.role()).isEqualTo(AttachmentRole.EXTERNAL_USER);
    }

    @Test
    void aPartnerOnlyAttachmentIsNotAnUpgradeAndVanishesWhenItEnds() {
        Attachment attachment = Attachment.partner("customer", "partner", "p-1", NOW);
        assertThat(attachment.upgradeToPartner("p-1", NOW)).isFalse();
        assertThat(attachment.partnershipEnded()).isFalse();
    }
}
