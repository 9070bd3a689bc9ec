package io.partnerhub.partnership.invitation.persistence;

import io.partnerhub.partnership.invitation.InvitationFixture;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.SweepDue;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweeper's queries and claim guards are SweepDue's two values on the stored fields, nothing else. */
class SweepQueriesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void selectsByTheStoredStateAndTimeAsSweepDueSays() {
        SweepDue due = SweepDue.at(NOW);

        assertThat(InvitationStore.dueBy(due, InvitationStore.EXPIRES_AT).getCriteriaObject())
                .isEqualTo(new Document("state", InvitationState.PENDING).append("expiresAt", new Document("$lte", NOW)));
        assertThat(InvitationStore.dueBy(due, InvitationStore.NEXT_REMINDER_AT).getCriteriaObject())
                .isEqualTo(new Document("state", InvitationState.PENDING)
                        .append("nextReminderAt", new Document("$lte", NOW)));
    }

    @Test
    void theFieldsQueriedAreTheOnesTheDocumentStores() {
        Document stored = InvitationDocument.changesFor(
                InvitationFixture.fromPartner(InvitationFixture.WEB_ONLY, NOW).invitation())
                .getUpdateObject().get("$set", Document.class);

        assertThat(stored).containsKeys("state", InvitationStore.EXPIRES_AT, InvitationStore.NEXT_REMINDER_AT);
    }
}
