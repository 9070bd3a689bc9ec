package io.partnerhub.partnership.attachment.persistence;

import io.partnerhub.partnership.attachment.Attachment;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentFieldsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void anUpgradedAttachmentComesBackAsItWasStored() {
        Attachment attachment = Attachment.externalUser("customer-1", "partner-1", NOW);
        attachment.upgradeToPartner("partnership-1", NOW.plusSeconds(60));

        assertThat(AttachmentFields.from(attachment).toAttachment().snapshot()).isEqualTo(attachment.snapshot());
    }
}
