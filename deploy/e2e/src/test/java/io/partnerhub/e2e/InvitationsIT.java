package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.partnership.AccessLevel;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDirection;
import io.partnerhub.events.partnership.PartnershipStarted;
import io.partnerhub.events.partnership.PaymentMode;
import io.partnerhub.platform.mail.ReceivedEmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.partnerhub.e2e.Scenario.full;
import static io.partnerhub.e2e.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

/** R9, R10: invitations in both directions, answered through the emailed link. */
@ExtendWith(PartnerhubExtension.class)
class InvitationsIT {

    @Test
    void partnerInvitesCustomerWhoGrantsOtherAccessThroughTheEmailedLink() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");

        JsonNode invitation = s.partnerInvites(partner, customer, full("PARTNER"));
        String invitationId = invitation.path("invitationId").asText();
        assertThat(invitation.path("state").asText()).isEqualTo("PENDING");
        assertThat(invitation.path("direction").asText()).isEqualTo("PARTNER_TO_CUSTOMER");

        InvitationCreated created = s.events.await(InvitationCreated.class, e -> e.getInvitationId().equals(invitationId));
        assertThat(created.getDirection()).isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
        assertThat(created.getInvitee().getEmail()).isEqualTo(customer.email());
        assertThat(created.getRequestedAccess().getLevel()).isEqualTo(AccessLevel.FULL);

        ReceivedEmail email = s.mail.await(customer.email(), "would like to manage your products");
        assertThat(email.subject()).contains(partner.name());
        String token = Mailbox.linkToken(email);
        assertThat(Mailbox.link(email)).as("the email links to partnership-service's link page")
                .isEqualTo(s.partnership("/public/invitation-links/" + token).toString());
        // the topic is read by other platform services too: the secret crosses it sealed, and only
        // notification-service's key opens it, for this event only
        assertThat(created.getResponseToken()).startsWith("v1.e2e.").doesNotContain(token);
        assertThat(s.hub.linkSecretSeal().open(created.getResponseToken(), created.getMetadata().getEventId().toString()))
                .isEqualTo(token);

        JsonNode preview = s.http.get(s.partnership("/public/invitation-links/" + token), null).expect(200);
        assertThat(preview.path("invitationId").asText()).isEqualTo(invitationId);
        assertThat(preview.path("requestedAccess").path("level").asText()).isEqualTo("FULL");

        // R9: the customer grants less than was asked: limited to its web hostings
        JsonNode accepted = s.http.post(s.partnership("/public/invitation-links/" + token + "/accept"), null,
                Map.of("grantedAccess", limited("web-hosting"))).expect(200);
        String partnershipId = accepted.path("partnershipId").asText();
        assertThat(partnershipId).isNotBlank();
        assertThat(s.http.post(s.partnership("/public/invitation-links/" + token + "/accept"), null, Map.of()).status())
                .as("the link is single-use").isEqualTo(410);

        InvitationAccepted acceptedEvent = s.events.await(InvitationAccepted.class,
                e -> e.getInvitationId().equals(invitationId));
        assertThat(acceptedEvent.getRequestedAccess().getLevel()).isEqualTo(AccessLevel.FULL);
        assertThat(acceptedEvent.getGrantedAccess().getLevel()).isEqualTo(AccessLevel.LIMITED);
        assertThat(acceptedEvent.getGrantedAccess().getProductCategories()).containsExactly("web-hosting");
        PartnershipStarted started = s.events.await(PartnershipStarted.class,
                e -> e.getPartnershipId().equals(partnershipId));
        assertThat(started.getPartnerId()).isEqualTo(partner.id());
        assertThat(started.getCustomerId()).isEqualTo(customer.id());
        assertThat(started.getGrantedAccess().getLevel()).isEqualTo(AccessLevel.LIMITED);

        // the partner (the sender) is told, and sees what was actually granted
        ReceivedEmail acceptedEmail = s.mail.await(partner.email(), "was accepted");
        assertThat(acceptedEmail.subject()).isEqualTo("Your invitation to manage " + customer.name() + "’s products was accepted");
        JsonNode partnership = s.http.get(s.partnership("/partnerships/" + partnershipId), s.token(partner)).expect(200);
        assertThat(partnership.path("state").asText()).isEqualTo("LIVE");
        assertThat(partnership.path("requestedAccess").path("level").asText()).isEqualTo("FULL");
        assertThat(partnership.path("access").path("level").asText()).isEqualTo("LIMITED");
        assertThat(s.http.get(s.partnership("/invitations/" + invitationId), s.token(partner)).expect(200)
                .path("state").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void customerFindsPartnerInTheDirectoryAndThePartnerAcceptsThroughTheEmailedLink() {
        Scenario s = new Scenario();
        Org partner = s.partner("lacweb", false, "DE");
        Org customer = s.org("florist");

        JsonNode found = s.http.get(s.partnership("/directory/partners?q=Lacweb%20" + s.run), s.token(customer))
                .expect(200);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("partnerId").asText()).isEqualTo(partner.id());

        JsonNode invitation = s.customerInvites(customer, partner, full("CUSTOMER"));
        String invitationId = invitation.path("invitationId").asText();
        assertThat(invitation.path("direction").asText()).isEqualTo("CUSTOMER_TO_PARTNER");
        InvitationCreated created = s.events.await(InvitationCreated.class, e -> e.getInvitationId().equals(invitationId));
        assertThat(created.getDirection()).isEqualTo(InvitationDirection.CUSTOMER_TO_PARTNER);
        assertThat(created.getInvitee().getEmail()).as("the partner is emailed at its program contact")
                .isEqualTo(partner.email());
        assertThat(created.getInvitee().getLanguage().name()).isEqualTo("DE");

        // R35: in the recipient's language (the partner reads German, the customer English)
        ReceivedEmail email = s.mail.await(partner.email(), "lädt Sie ein, seine Produkte zu verwalten");
        assertThat(email.subject()).startsWith(customer.name());
        String partnershipId = s.http.post(s.partnership("/public/invitation-links/" + Mailbox.linkToken(email)
                + "/accept"), null, Map.of()).expect(200).path("partnershipId").asText();

        InvitationAccepted accepted = s.events.await(InvitationAccepted.class, e -> e.getInvitationId().equals(invitationId));
        assertThat(accepted.getGrantedAccess().getLevel()).isEqualTo(AccessLevel.FULL);
        assertThat(accepted.getGrantedAccess().getPaymentMode()).isEqualTo(PaymentMode.CUSTOMER);
        assertThat(accepted.getMetadata().getActorUserId()).as("answered through the link: no signed-in user").isNull();
        s.events.await(PartnershipStarted.class, e -> e.getPartnershipId().equals(partnershipId));
        s.mail.await(customer.email(), "Your invitation to have your products managed by " + partner.name() + " was accepted");

        JsonNode partnership = s.http.get(s.partnership("/partnerships/" + partnershipId), s.token(customer)).expect(200);
        assertThat(partnership.path("access").path("level").asText()).isEqualTo("FULL");
        assertThat(partnership.path("access").path("paymentMode").asText()).isEqualTo("CUSTOMER");
        assertThat(s.http.get(s.partnership("/partnerships/" + partnershipId), s.token(s.org("stranger"))).status())
                .as("another organization cannot see it").isEqualTo(404);
    }
}
