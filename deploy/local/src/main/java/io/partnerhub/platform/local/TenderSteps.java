package io.partnerhub.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.platform.mail.ReceivedEmail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The demo's tender steps: a free request, an opted-in partner reveals and proposes, the visitor cancels. */
final class TenderSteps {

    private final DemoStage stage;
    private final DemoApi api;
    private final DemoPartnership partnership;
    private String tenderId;
    private List<ReceivedEmail> tenderEmails;

    TenderSteps(DemoStage stage, DemoPartnership partnership) {
        this.stage = stage;
        this.api = stage.api;
        this.partnership = partnership;
    }

    void visitorSubmitsATenderRequest() {
        stage.step("A visitor submits a free tender request");
        JsonNode tender = api.expect(201, "POST", api.tender("/public/tenders"), null, Map.of(
                "title", "New web shop for our bike rental " + stage.cast.run(),
                "description", "We rent e-bikes in Lugano and need a web shop with bookings, hosting and mail.",
                "productCategories", List.of("web-hosting"), "budget", Map.of("min", 2000, "max", 5000, "currency", "CHF"),
                "language", "en", "region", "Ticino",
                "contact", Map.of("name", "Marco Rossi", "company", "Ticino Bikes", "email", stage.cast.visitorEmail(),
                        "phone", "+41 91 000 00 00")));
        tenderId = tender.path("tenderId").asText();
        stage.ok("tender " + tenderId + " valid until " + tender.path("expiresAt").asText());
        tenderEmails = stage.inbox.newEmails(3);
    }

    void optedInPartnerRevealsAndProposes() {
        stage.step("Opted-in partners received the excerpt; one reveals it and proposes");
        JsonNode offered = api.expect(200, "GET", api.tender("/partner/tenders"), partnership.partnerToken(), null);
        stage.ok("Alpine Hosting's partner space lists " + offered.size() + " offered request(s), no contact details");
        JsonNode revealed = api.expect(200, "POST", api.tender("/partner/tenders/" + tenderId + "/reveal"),
                partnership.partnerToken(), null);
        stage.ok("revealed: " + revealed.path("contact").path("name").asText() + " <" + revealed.path("contact")
                .path("email").asText() + ">, reveal " + revealed.path("revealCount").asText() + " of the cap");
        api.expect(201, "POST", api.tender("/partner/tenders/" + tenderId + "/proposals"), partnership.partnerToken(),
                Map.of("text", "Shop, bookings and hosting in 6 weeks.",
                        "price", Map.of("amount", 4200, "currency", "CHF")));
        stage.ok("proposal sent");
        stage.inbox.newEmails(1);
    }

    void visitorCancelsFromTheConfirmationLink() {
        stage.step("The visitor cancels the request from the link in the confirmation email");
        ReceivedEmail confirmation = tenderEmails.stream()
                .filter(email -> email.to().toString().contains(stage.cast.visitorEmail()))
                .findFirst().orElseThrow(() -> new DemoFailure("no confirmation email to the visitor"));
        URI cancelLink = DemoInbox.linkIn(confirmation);
        JsonNode page = api.expect(200, "GET", cancelLink, null, null);
        stage.ok("the link's page shows the request (" + page.path("status").asText() + ") and who revealed it");
        stage.ok("in a browser: " + api.pageTitle(cancelLink));
        JsonNode cancelled = api.expect(200, "POST", URI.create(cancelLink + "/cancellation"), null, null);
        stage.ok("cancelled: " + cancelled.path("status").asText());
        int gone = api.call("POST", api.tender("/partner/tenders/" + tenderId + "/reveal"),
                partnership.otherPartnerToken(), null, Map.of()).status();
        stage.ok("Lac Web tries to reveal it now: " + gone);
        if (gone != 410 && gone != 404) {
            throw new DemoFailure("a cancelled request was revealable (" + gone + ")");
        }
    }

    void revealingPartnerIsToldOfTheWithdrawal() {
        stage.step("The partner that revealed it is told it was withdrawn");
        stage.inbox.newEmails(1);
    }
}
