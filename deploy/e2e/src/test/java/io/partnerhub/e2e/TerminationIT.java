package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.partnership.PartnershipTerminated;
import io.partnerhub.platform.http.JsonHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.partnerhub.e2e.Scenario.full;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R15 with step-up (RFC 9470): a stale sign-in is refused with the challenge, a fresh one ends it. */
@ExtendWith(PartnerhubExtension.class)
class TerminationIT {

    @Test
    void thePartnerEndsThePartnershipWithAFreshSignInAndTheCustomerIsEmailed() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");
        String partnershipId = s.partnership(customer, partner, full("CUSTOMER"));

        JsonNode requested = s.http.post(s.partnership("/partnerships/" + partnershipId + "/termination-requests"),
                s.token(partner), Map.of("reason", "We stop reselling hosting.")).expect(202);
        URI confirm = s.partnership("/partnerships/" + partnershipId + "/termination-requests/"
                + requested.path("confirmationId").asText() + "/confirm");

        JsonHttp.Reply stale = s.http.post(confirm, s.staleToken(partner, Duration.ofMinutes(30)), null);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.header("WWW-Authenticate")).startsWith("Bearer")
                .contains("error=\"insufficient_user_authentication\"").contains("max_age=300");
        assertThat(s.http.get(s.partnership("/partnerships/" + partnershipId), s.token(customer)).expect(200)
                .path("state").asText()).as("still live after the refused step").isEqualTo("LIVE");

        JsonNode ended = s.http.post(confirm, s.token(partner), null).expect(200);
        assertThat(ended.path("state").asText()).isEqualTo("ENDED");
        assertThat(ended.path("endedBy").asText()).isEqualTo("PARTNER");

        PartnershipTerminated terminated = s.events.await(PartnershipTerminated.class,
                e -> e.getPartnershipId().equals(partnershipId));
        assertThat(terminated.getEndedBy().name()).isEqualTo("PARTNER");
        assertThat(terminated.getOtherSide().getEmail()).isEqualTo(customer.email());
        assertThat(terminated.getReason()).isEqualTo("We stop reselling hosting.");
        assertThat(terminated.getMetadata().getActorUserId()).isEqualTo(partner.userId());
        assertThat(terminated.getMetadata().getActorOrganizationId()).isEqualTo(partner.id());
        s.mail.await(customer.email(), "Partnership ended");

        // billing learns it: the partner can no longer order for the customer (R25: nothing earned from now on)
        await("billing knows the partnership ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> !s.http.get(s.billing("/partnerships/" + partnershipId + "/termination-preview"),
                        s.token(partner)).body().path("live").asBoolean(true));
        assertThat(s.http.call("POST", s.billing("/orders"), s.token(partner), Map.of("customerId", customer.id(),
                "currency", "CHF", "lines", List.of(Map.of("productId", "web-hosting", "quantity", 1))),
                Map.of("Idempotency-Key", s.run + "-after-end")).status()).isEqualTo(404);
        JsonNode own = s.order(s.token(customer), customer, "web-hosting", 1);
        assertThat(own.path("partnerId").isMissingNode() || own.path("partnerId").isNull())
                .as("the customer's own order is nobody's partner order").isTrue();
    }

    @Test
    void theCustomerEndsThePartnershipAndThePartnerIsEmailed() {
        Scenario s = new Scenario();
        Org partner = s.partner("alpine", false);
        Org customer = s.org("bakery");
        String partnershipId = s.partnership(customer, partner, Scenario.limited("web-hosting"));

        JsonNode requested = s.http.post(s.partnership("/partnerships/" + partnershipId + "/termination-requests"),
                s.token(customer), Map.of()).expect(202);
        URI confirm = s.partnership("/partnerships/" + partnershipId + "/termination-requests/"
                + requested.path("confirmationId").asText() + "/confirm");
        assertThat(s.http.post(confirm, s.token(partner), null).status())
                .as("only the user who asked may confirm").isEqualTo(409);
        JsonHttp.Reply stale = s.http.post(confirm, s.staleToken(customer, Duration.ofMinutes(6)), null);
        assertThat(stale.status()).as("six minutes is past the 5-minute max age").isEqualTo(401);
        assertThat(stale.header("WWW-Authenticate")).contains("insufficient_user_authentication");

        assertThat(s.http.post(confirm, s.token(customer), null).expect(200).path("endedBy").asText())
                .isEqualTo("CUSTOMER");
        PartnershipTerminated terminated = s.events.await(PartnershipTerminated.class,
                e -> e.getPartnershipId().equals(partnershipId));
        assertThat(terminated.getOtherSide().getEmail()).isEqualTo(partner.email());
        s.mail.await(partner.email(), "Partnership ended");
        assertThat(s.mail.to(customer.email())).as("the side that ended it is not told")
                .noneMatch(email -> email.subject().contains("Partnership ended"));
    }
}
