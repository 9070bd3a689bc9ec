package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.tender.TenderCancelled;
import io.partnerhub.events.tender.TenderEndReason;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderRevealed;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.events.tender.TenderWithdrawn;
import io.partnerhub.platform.mail.ReceivedEmail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** R27–R33: submit → excerpts to opted-in partners → reveal → proposal → cancel from the email → 410 → withdrawal. */
@ExtendWith(PartnerhubExtension.class)
class TenderIT {

    @Test
    void aVisitorsTenderIsOfferedRevealedAnsweredCancelledAndWithdrawn() {
        Scenario s = new Scenario();
        Org revealer = s.partner("revealer", true);
        Org other = s.partner("other", true);
        Org quiet = s.partner("quiet", false);
        String visitor = "visitor+" + s.run + "@e2e.example";
        String title = "Web shop for our bike rental " + s.run;

        // no wait for any event: tender-service asks partnership-service who is opted in when it fans out
        JsonNode submitted = s.http.post(s.tender("/public/tenders"), null, Map.of(
                "title", title,
                "description", "We rent e-bikes in Lugano and need a web shop with bookings, hosting and mail.",
                "productCategories", List.of("web-hosting"),
                "budget", Map.of("min", 2000, "max", 5000, "currency", "CHF"),
                "language", "en", "region", "Ticino",
                "contact", Map.of("name", "Marco Rossi", "company", "Ticino Bikes", "email", visitor,
                        "phone", "+41 91 000 00 00"))).expect(201);
        String tenderId = submitted.path("tenderId").asText();
        TenderSubmitted submittedEvent = s.events.await(TenderSubmitted.class, e -> e.getTenderId().equals(tenderId));
        assertThat(submittedEvent.getRequester().getEmail()).isEqualTo(visitor);

        // R31: the requester's confirmation with the cancel link; R28: excerpts, never the contact
        ReceivedEmail confirmation = s.mail.await(visitor, "We received your tender request");
        String cancelToken = Mailbox.linkToken(confirmation);
        assertThat(Mailbox.link(confirmation)).as("the email links to tender-service's page")
                .isEqualTo(s.tender("/public/tender-links/" + cancelToken).toString());
        assertThat(submittedEvent.getRequesterToken()).as("the cancel secret crosses the topic sealed")
                .startsWith("v1.e2e.").doesNotContain(cancelToken);
        assertThat(s.hub.linkSecretSeal().open(submittedEvent.getRequesterToken(),
                submittedEvent.getMetadata().getEventId().toString())).isEqualTo(cancelToken);
        for (Org partner : List.of(revealer, other)) {
            TenderOffered offered = s.events.await(TenderOffered.class,
                    e -> e.getTenderId().equals(tenderId) && e.getPartnerId().equals(partner.id()));
            assertThat(offered.toString()).doesNotContain(visitor).doesNotContain("Marco Rossi");
            ReceivedEmail excerpt = s.mail.await(partner.email(), "New tender request: " + title);
            assertThat(excerpt.text() + excerpt.html()).doesNotContain(visitor).doesNotContain("+41 91 000 00 00");
        }
        assertThat(s.events.all(TenderOffered.class, e -> e.getPartnerId().equals(quiet.id()))).isEmpty();
        assertThat(s.mail.to(quiet.email())).noneMatch(email -> email.subject().contains(title));

        // R29: the partner space lists the excerpt; revealing discloses the contact
        JsonNode offeredList = s.http.get(s.tender("/partner/tenders"), s.token(revealer)).expect(200);
        assertThat(offeredList.toString()).contains(tenderId).doesNotContain(visitor);
        JsonNode revealed = s.http.post(s.tender("/partner/tenders/" + tenderId + "/reveal"), s.token(revealer), null)
                .expect(200);
        assertThat(revealed.path("contact").path("email").asText()).isEqualTo(visitor);
        s.events.await(TenderRevealed.class, e -> e.getTenderId().equals(tenderId) && e.getPartnerId().equals(revealer.id()));
        assertThat(s.http.post(s.tender("/partner/tenders/" + tenderId + "/reveal"), s.token(quiet), null).status())
                .as("never offered to it").isEqualTo(404);

        // R30: the proposal reaches the requester
        s.http.post(s.tender("/partner/tenders/" + tenderId + "/proposals"), s.token(revealer), Map.of(
                "text", "Shop, bookings and hosting in six weeks.", "price", Map.of("amount", 4200, "currency", "CHF")))
                .expect(201);
        TenderProposalSubmitted proposal = s.events.await(TenderProposalSubmitted.class,
                e -> e.getTenderId().equals(tenderId));
        assertThat(proposal.getPartnerId()).isEqualTo(revealer.id());
        s.mail.await(visitor, "New proposal for");

        // R31: cancel through the emailed link; immediate effect
        JsonNode page = s.http.get(s.tender("/public/tender-links/" + cancelToken), null).expect(200);
        assertThat(page.path("revealedBy").toString()).contains(revealer.id());
        JsonNode cancelled = s.http.post(s.tender("/public/tender-links/" + cancelToken + "/cancellation"), null, null)
                .expect(200);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        s.events.await(TenderCancelled.class, e -> e.getTenderId().equals(tenderId));
        assertThat(s.http.post(s.tender("/partner/tenders/" + tenderId + "/reveal"), s.token(other), null).status())
                .isEqualTo(410);
        assertThat(s.http.get(s.tender("/partner/tenders"), s.token(other)).expect(200).toString()).doesNotContain(tenderId);
        assertThat(s.http.post(s.tender("/public/tender-links/" + cancelToken + "/cancellation"), null, null).status())
                .as("the link cancels once").isEqualTo(410);

        // R33: only the partner that revealed it is told
        TenderWithdrawn withdrawn = s.events.await(TenderWithdrawn.class, e -> e.getTenderId().equals(tenderId));
        assertThat(withdrawn.getPartnerId()).isEqualTo(revealer.id());
        assertThat(withdrawn.getReason()).isEqualTo(TenderEndReason.CANCELLED);
        s.mail.await(revealer.email(), "Tender request withdrawn");
        assertThat(s.events.all(TenderWithdrawn.class, e -> e.getTenderId().equals(tenderId))).hasSize(1);
        assertThat(s.mail.to(other.email())).noneMatch(email -> email.subject().contains("withdrawn"));
    }
}
