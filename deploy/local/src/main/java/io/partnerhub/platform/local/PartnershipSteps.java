package io.partnerhub.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.platform.http.JsonHttp;
import io.partnerhub.platform.mail.ReceivedEmail;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The demo's partnership-service steps: partners join, a customer invites one, it accepts; at the end the customer ends it. */
final class PartnershipSteps {

    private final DemoStage stage;
    private final DemoApi api;
    private final DemoCast cast;
    private String partnerToken;
    private String otherPartnerToken;
    private String customerToken;
    private ReceivedEmail invitationEmail;
    private String partnershipId;

    PartnershipSteps(DemoStage stage) {
        this.stage = stage;
        this.api = stage.api;
        this.cast = stage.cast;
    }

    void partnersApplyAndAreAdmitted() {
        stage.step("A partner applies to the program and is admitted");
        partnerToken = api.token(cast.partnerUser(), cast.partner());
        JsonNode applied = api.expect(201, "POST", api.partnership("/partners"), partnerToken, Map.of(
                "legalName", "Alpine Hosting GmbH " + cast.run(), "commercialRegisterId", "CHE-123.456.789",
                "country", "CH", "websiteUrl", "https://alpine-hosting.example", "contactEmail", cast.partnerEmail(),
                "contactName", "Pia Meier", "language", "DE", "resellerTermsVersion", "2026-01",
                "acceptResellerTerms", true));
        stage.ok("partner " + applied.path("partnerId").asText() + ", program status "
                + applied.path("programStatus").asText());
        api.expect(200, "PUT", api.partnership("/partners/me/directory-listing"), partnerToken, Map.of("listed", true));
        optInToTenders(partnerToken);
        stage.ok("listed in the directory and opted in to tender requests");
        otherPartnerToken = api.token(cast.otherPartnerUser(), cast.otherPartner());
        api.expect(201, "POST", api.partnership("/partners"), otherPartnerToken, Map.of(
                "legalName", "Lac Web Sàrl " + cast.run(), "commercialRegisterId", "CHE-987.654.321", "country", "CH",
                "websiteUrl", "https://lac-web.example", "contactEmail", cast.otherPartnerEmail(),
                "contactName", "Luc Favre", "language", "FR", "resellerTermsVersion", "2026-01",
                "acceptResellerTerms", true));
        optInToTenders(otherPartnerToken);
        stage.ok("a second partner (Lac Web) joins and opts in to tenders too");
        stage.inbox.newEmails(0);
    }

    void customerInvitesThePartnerWithFullAccess() {
        stage.step("A customer finds the partner in the directory and invites it: full access, customer pays");
        customerToken = api.token(cast.customerUser(), cast.customer());
        JsonNode found = api.expect(200, "GET",
                api.partnership("/directory/partners?q=Alpine%20Hosting%20GmbH%20" + cast.run()), customerToken, null);
        if (found.size() != 1) {
            throw new DemoFailure("directory search found " + found.size() + " partners");
        }
        JsonNode invitation = api.expect(201, "POST", api.partnership("/invitations/partners"), customerToken, Map.of(
                "partnerId", found.get(0).path("partnerId").asText(), "customerName", "Boulangerie Claire " + cast.run(),
                "contactEmail", cast.customerEmail(), "contactName", "Claire Dubois", "language", "FR",
                "requestedAccess", Map.of("level", "FULL", "paymentMode", "CUSTOMER")));
        stage.ok("invitation " + invitation.path("invitationId").asText() + " pending until "
                + invitation.path("expiresAt").asText());
        invitationEmail = stage.inbox.newEmails(1).get(0);
    }

    DemoPartnership partnerAcceptsFromTheEmailLink() {
        stage.step("The partner accepts from the link in the email");
        URI link = DemoInbox.linkIn(invitationEmail);
        stage.ok("the email links to " + link);
        JsonNode preview = api.expect(200, "GET", link, null, null);
        stage.ok("GET on the link only shows: " + preview.path("whatHappensOnAccept").asText());
        stage.ok("in a browser the link is a page in the partner's language: " + api.pageTitle(link));
        JsonNode accepted = api.expect(200, "POST", URI.create(link + "/accept"), null, Map.of());
        partnershipId = accepted.path("partnershipId").asText();
        stage.ok("accepted; partnership " + partnershipId);
        JsonNode reused = api.call("POST", URI.create(link + "/accept"), null, Map.of(), Map.of()).body();
        stage.ok("the link is single-use: a second POST answers " + reused.path("status").asText());
        stage.inbox.newEmails(1);
        return new DemoPartnership(partnerToken, otherPartnerToken, customerToken, partnershipId);
    }

    void customerEndsThePartnershipWithAFreshSignIn() {
        stage.step("The customer ends the partnership, proving who they are again");
        JsonNode termination = api.expect(202, "POST",
                api.partnership("/partnerships/" + partnershipId + "/termination-requests"), customerToken,
                Map.of("reason", "We moved our hosting in-house."));
        stage.ok("step 1: " + termination.path("whatHappens").asText());
        URI confirm = api.partnership("/partnerships/" + partnershipId + "/termination-requests/"
                + termination.path("confirmationId").asText() + "/confirm");
        String staleToken = api.tokenSignedInAt(cast.customerUser(), cast.customer(),
                Instant.now().minus(Duration.ofMinutes(30)));
        JsonHttp.Reply stale = api.call("POST", confirm, staleToken, null, Map.of());
        stage.ok("step 2 with a 30-minute-old sign-in: " + stale.status() + " "
                + stale.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        if (stale.status() != 401) {
            throw new DemoFailure("a stale sign-in ended a partnership");
        }
        JsonNode ended = api.expect(200, "POST", confirm, api.token(cast.customerUser(), cast.customer()), null);
        stage.ok("step 2 after signing in again: partnership " + ended.path("state").asText());
        stage.inbox.newEmails(1);
    }

    private void optInToTenders(String token) {
        api.expect(200, "PUT", api.partnership("/partners/me/tender-opt-in"), token,
                Map.of("optedIn", true, "productCategories", List.of(), "languages", List.of()));
    }
}
