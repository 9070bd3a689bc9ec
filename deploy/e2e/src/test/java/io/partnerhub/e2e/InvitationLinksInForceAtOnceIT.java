package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationResent;
import io.partnerhub.kit.security.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.partnerhub.e2e.Partnerhub.NOTIFICATION;
import static io.partnerhub.e2e.Scenario.full;
import static org.awaitility.Awaitility.await;

/**
 * partnership → notification: an invitation cancelled, or resent, the moment it was created sends
 * no email whose link was already dead when the change answered. 50 tries each.
 */
@ExtendWith(PartnerhubExtension.class)
class InvitationLinksInForceAtOnceIT {

    @Test
    void aCancelledInvitationSendsNoEmailAfterTheCancel() {
        Scenario s = new Scenario();
        Org partner = s.partner("canceller", false);
        RaceTally race = new RaceTally("invitation cancelled at once → no invitation email after the cancel");
        int withdrawn = 0;
        try (SmtpArrivals arrivals = new SmtpArrivals(s.hub.platform().smtp())) {
            for (int i = 0; i < RaceTally.TRIES; i++) {
                Org customer = s.org("cancelled-" + i);
                String invitationId = s.partnerInvites(partner, customer, full("CUSTOMER")).path("invitationId").asText();
                s.http.post(s.partnership("/invitations/" + invitationId + "/cancel"), s.token(partner), null).expect(200);
                long confirmed = System.nanoTime();

                InvitationCreated created = s.events.await(InvitationCreated.class,
                        e -> e.getInvitationId().equals(invitationId));
                String link = linkSecret(s, created);
                String status = awaitDecided(s, created.getMetadata().getEventId().toString());
                withdrawn += "WITHDRAWN".equals(status) ? 1 : 0;
                long late = arrivals.matching(arrival -> arrival.recipient().equalsIgnoreCase(customer.email())
                        && arrival.seenNanos() > confirmed).stream()
                        .filter(arrival -> arrivals.email(arrival).text().contains(link)).count();
                race.record(late == 0, late + " emails with the cancelled invitation's link after the cancel (delivery "
                        + status + ")");
            }
        }
        System.out.printf("[race] invitation cancelled at once: %d of %d emails withdrawn before sending%n", withdrawn,
                RaceTally.TRIES);
        race.assertNoWrongOutcome();
    }

    @Test
    void aResentInvitationSendsNoEmailWithTheOldLinkAfterTheResend() {
        Scenario s = new Scenario();
        Org partner = s.partner("resender", false);
        RaceTally race = new RaceTally("invitation resent at once → no email with the old link after the resend,"
                + " the new link arrives");
        try (SmtpArrivals arrivals = new SmtpArrivals(s.hub.platform().smtp())) {
            for (int i = 0; i < RaceTally.TRIES; i++) {
                Org customer = s.org("resent-" + i);
                String invitationId = s.partnerInvites(partner, customer, full("CUSTOMER")).path("invitationId").asText();
                s.http.post(s.partnership("/invitations/" + invitationId + "/resend"), s.token(partner), null).expect(200);
                long confirmed = System.nanoTime();

                String oldLink = linkSecret(s, s.events.await(InvitationCreated.class,
                        e -> e.getInvitationId().equals(invitationId)));
                InvitationResent resent = s.events.await(InvitationResent.class,
                        e -> e.getInvitationId().equals(invitationId));
                String newLink = s.hub.linkSecretSeal().open(resent.getResponseToken(),
                        resent.getMetadata().getEventId().toString());
                s.mail.await(customer.email(), email -> email.text().contains(newLink), "the resent link");
                awaitDecided(s, s.events.await(InvitationCreated.class, e -> e.getInvitationId().equals(invitationId))
                        .getMetadata().getEventId().toString());
                long oldAfterResend = arrivals.matching(arrival -> arrival.recipient().equalsIgnoreCase(customer.email())
                        && arrival.seenNanos() > confirmed).stream()
                        .filter(arrival -> arrivals.email(arrival).text().contains(oldLink)).count();
                race.record(oldAfterResend == 0, oldAfterResend + " emails with the dead link after the resend");
            }
        }
        race.assertNoWrongOutcome();
    }

    private static String linkSecret(Scenario s, InvitationCreated created) {
        return s.hub.linkSecretSeal().open(created.getResponseToken(), created.getMetadata().getEventId().toString());
    }

    /** Waits until notification-service decided the email of the event (sent, withdrawn or failed); its status. */
    private static String awaitDecided(Scenario s, String sourceEventId) {
        String ops = s.hub.platform().tokens().issue("ops-" + s.run, "partnerhub", Set.of(Caller.OPS));
        return await("the email of " + sourceEventId + " decided").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    JsonNode found = s.http.get(s.hub.uri(NOTIFICATION, "/ops/deliveries?sourceEventId=" + sourceEventId),
                            ops).expect(200);
                    String status = found.path(0).path("status").asText("");
                    return List.of("SENT", "WITHDRAWN", "FAILED").contains(status) ? status : null;
                }, status -> status != null);
    }
}
