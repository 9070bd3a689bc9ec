package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.partnership.InvitationExpired;
import io.partnerhub.platform.mail.ReceivedEmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.partnerhub.e2e.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11: an invitation nobody answers expires (the services run with a 40 s validity and a 2 s sweeper
 * here; production: 14 days, every 30 s). Its own class so its wait overlaps the other workflows.
 */
@ExtendWith(PartnerhubExtension.class)
class InvitationExpiryIT {

    @Test
    void anUnansweredInvitationExpiresAndItsSenderIsEmailed() {
        Scenario s = new Scenario();
        Org partner = s.partner("slowpoke", false);
        Org customer = s.org("hotel");

        JsonNode invitation = s.customerInvites(customer, partner, limited("mail-hosting"));
        String invitationId = invitation.path("invitationId").asText();
        Instant expiresAt = Instant.parse(invitation.path("expiresAt").asText());
        assertThat(Duration.between(Instant.now(), expiresAt)).as("the e2e validity")
                .isLessThanOrEqualTo(Partnerhub.INVITATION_VALIDITY);
        String token = s.invitationLinkToken(partner.email());

        InvitationExpired expired = org.awaitility.Awaitility.await("InvitationExpired")
                .atMost(Partnerhub.INVITATION_VALIDITY.plusSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> s.events.all(InvitationExpired.class, e -> e.getInvitationId().equals(invitationId))
                        .stream().findFirst().orElse(null), e -> e != null);
        assertThat(Instant.now()).isAfterOrEqualTo(expiresAt);
        assertThat(expired.getSender().getEmail()).isEqualTo(customer.email());
        assertThat(expired.getMetadata().getActorUserId()).as("the sweeper acts, not a user").isNull();

        ReceivedEmail email = s.mail.await(customer.email(), "expired");
        assertThat(email.subject()).isEqualTo("Your invitation to have your products managed by " + partner.name() + " expired");
        assertThat(s.http.get(s.partnership("/invitations/" + invitationId), s.token(customer)).expect(200)
                .path("state").asText()).isEqualTo("EXPIRED");
        assertThat(s.http.post(s.partnership("/public/invitation-links/" + token + "/accept"), null, Map.of())
                .status()).as("an expired link").isEqualTo(410);
    }
}
