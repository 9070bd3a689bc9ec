package io.partnerhub.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.platform.http.JsonHttp;
import io.partnerhub.platform.mail.InboxPage;
import io.partnerhub.platform.mail.ReceivedEmail;
import io.partnerhub.platform.tokens.TokenIssuer;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted demo: the seed's story played through the four services' public REST APIs only,
 * printing each step and the emails it caused. Names are suffixed per run so a second run on the
 * same data starts fresh partnerships instead of colliding with the first run's.
 */
final class Demo {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";

    private final JsonHttp http;
    private final Map<String, URI> services;
    private final DemoInbox inbox;
    private final TokenIssuer tokens;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private int step;

    // the cast
    private final String partner = "org-alpine-hosting-" + run;
    private final String partnerEmail = "pia.meier+" + run + "@alpine-hosting.example";
    private final String otherPartner = "org-lac-web-" + run;
    private final String otherPartnerEmail = "luc+" + run + "@lac-web.example";
    private final String customer = "org-boulangerie-" + run;
    private final String customerEmail = "claire+" + run + "@boulangerie.example";
    private final String visitorEmail = "marco+" + run + "@ticino-bikes.example";

    Demo(HttpClient client, Map<String, URI> services, InboxPage inbox, TokenIssuer tokens) {
        this.http = new JsonHttp(client, Duration.ofSeconds(20));
        this.services = services;
        this.inbox = new DemoInbox(inbox);
        this.tokens = tokens;
    }

    /** Plays every step; true when all passed. */
    boolean run() {
        System.out.println();
        System.out.println("Demo (run " + run + ")");
        try {
            play();
            System.out.println();
            System.out.println("Demo passed: every step green.");
            return true;
        } catch (DemoFailure | JsonHttp.UnexpectedStatus | UncheckedIOException | IllegalStateException failure) {
            System.out.println("  ✗ FAILED: " + failure.getMessage());
            return false;
        }
    }

    private void play() {
        step("A partner applies to the program and is admitted");
        String partnerToken = token("u-pia-" + run, partner);
        JsonNode applied = expect(201, "POST", partnership("/partners"), partnerToken, Map.of(
                "legalName", "Alpine Hosting GmbH " + run, "commercialRegisterId", "CHE-123.456.789",
                "country", "CH", "websiteUrl", "https://alpine-hosting.example", "contactEmail", partnerEmail,
                "contactName", "Pia Meier", "language", "DE", "resellerTermsVersion", "2026-01",
                "acceptResellerTerms", true));
        ok("partner " + applied.path("partnerId").asText() + ", program status " + applied.path("programStatus").asText());
        expect(200, "PUT", partnership("/partners/me/directory-listing"), partnerToken, Map.of("listed", true));
        expect(200, "PUT", partnership("/partners/me/tender-opt-in"), partnerToken,
                Map.of("optedIn", true, "productCategories", List.of(), "languages", List.of()));
        ok("listed in the directory and opted in to tender requests");
        String otherToken = token("u-luc-" + run, otherPartner);
        expect(201, "POST", partnership("/partners"), otherToken, Map.of(
                "legalName", "Lac Web Sàrl " + run, "commercialRegisterId", "CHE-987.654.321", "country", "CH",
                "websiteUrl", "https://lac-web.example", "contactEmail", otherPartnerEmail, "contactName", "Luc Favre",
                "language", "FR", "resellerTermsVersion", "2026-01", "acceptResellerTerms", true));
        expect(200, "PUT", partnership("/partners/me/tender-opt-in"), otherToken,
                Map.of("optedIn", true, "productCategories", List.of(), "languages", List.of()));
        ok("a second partner (Lac Web) joins and opts in to tenders too");
        inbox.newEmails(0);

        step("A customer finds the partner in the directory and invites it: full access, customer pays");
        String customerToken = token("u-claire-" + run, customer);
        JsonNode found = expect(200, "GET", partnership("/directory/partners?q=Alpine%20Hosting%20GmbH%20" + run),
                customerToken, null);
        if (found.size() != 1) {
            throw new DemoFailure("directory search found " + found.size() + " partners");
        }
        JsonNode invitation = expect(201, "POST", partnership("/invitations/partners"), customerToken, Map.of(
                "partnerId", found.get(0).path("partnerId").asText(), "customerName", "Boulangerie Claire " + run,
                "contactEmail", customerEmail, "contactName", "Claire Dubois", "language", "FR",
                "requestedAccess", Map.of("level", "FULL", "paymentMode", "CUSTOMER")));
        ok("invitation " + invitation.path("invitationId").asText() + " pending until "
                + invitation.path("expiresAt").asText());
        ReceivedEmail invitationEmail = inbox.newEmails(1).get(0);

        step("The partner accepts from the link in the email");
        URI link = DemoInbox.linkIn(invitationEmail);
        ok("the email links to " + link);
        JsonNode preview = expect(200, "GET", link, null, null);
        ok("GET on the link only shows: " + preview.path("whatHappensOnAccept").asText());
        ok("in a browser the link is a page in the partner's language: " + pageTitle(link));
        JsonNode accepted = expect(200, "POST", URI.create(link + "/accept"), null, Map.of());
        String partnershipId = accepted.path("partnershipId").asText();
        ok("accepted; partnership " + partnershipId);
        JsonNode reused = http.call("POST", URI.create(link + "/accept"), null, Map.of(), Map.of()).body();
        ok("the link is single-use: a second POST answers " + reused.path("status").asText());
        inbox.newEmails(1);

        step("The customer orders 35 web hostings at once; the partner earns cashback");
        JsonNode order = expect(201, "POST", billing("/orders"), customerToken, Map.of("customerId", customer,
                "currency", "CHF", "lines", List.of(Map.of("productId", "web-hosting", "quantity", 35))),
                Map.of("Idempotency-Key", "demo-" + run + "-1"));
        ok("order " + order.path("orderId").asText() + " total CHF " + order.path("total").asText()
                + ", paid by " + order.path("paidBy").asText());
        JsonNode wallet = Eventually.await(() -> {
            JsonNode balance = expect(200, "GET", billing("/partners/" + partner + "/wallet/entries?currency=CHF"),
                    partnerToken, null);
            return balance.toString().contains("CASHBACK") || balance.toString().contains("R19") ? balance : null;
        }, "cashback in the partner's wallet");
        ok("partner's wallet: " + compact(wallet));

        step("The customer switches to the partner's payment means; the partner is emailed");
        JsonNode changed = expect(200, "PUT", partnership("/partnerships/" + partnershipId + "/payment-mode"),
                customerToken, Map.of("paymentMode", "PARTNER"));
        ok("payment mode now " + changed.path("grantedAccess").path("paymentMode").asText(
                changed.path("access").path("paymentMode").asText()));
        inbox.newEmails(1);

        step("The partner orders 35 web hostings for the customer at once, at the seed's price");
        JsonNode partnerOrder = expect(201, "POST", billing("/orders"), partnerToken, Map.of("customerId", customer,
                "currency", "CHF", "lines", List.of(Map.of("productId", "web-hosting", "quantity", 35))),
                Map.of("Idempotency-Key", "demo-" + run + "-2"));
        JsonNode line = partnerOrder.path("lines").get(0);
        ok("total CHF " + partnerOrder.path("total").asText() + " (public " + line.path("publicPrice").asText()
                + "), " + line.path("benefit").asText() + " " + line.path("benefitAmount").asText() + " — "
                + line.path("benefitReason").asText());
        if (!"208.32".equals(partnerOrder.path("total").asText())) {
            throw new DemoFailure("expected the seed's CHF 208.32, got " + partnerOrder.path("total").asText());
        }

        step("The customer narrows the partner's access to mail hosting; the partner's next order is refused at once");
        expect(200, "PUT", partnership("/partnerships/" + partnershipId + "/access"), customerToken,
                Map.of("access", Map.of("level", "LIMITED", "productCategories", List.of("mail-hosting"))));
        JsonHttp.Reply refused = http.call("POST", billing("/orders"), partnerToken, Map.of("customerId", customer,
                "currency", "CHF", "lines", List.of(Map.of("productId", "web-hosting", "quantity", 1))),
                Map.of("Idempotency-Key", "demo-" + run + "-3"));
        ok("web hosting ordered right after the change: " + refused.status() + " "
                + refused.body().path("detail").asText());
        if (refused.status() != 403) {
            throw new DemoFailure("an order on withdrawn access answered " + refused.status());
        }
        inbox.newEmails(1);

        step("A visitor submits a free tender request");
        JsonNode tender = expect(201, "POST", tender("/public/tenders"), null, Map.of(
                "title", "New web shop for our bike rental " + run,
                "description", "We rent e-bikes in Lugano and need a web shop with bookings, hosting and mail.",
                "productCategories", List.of("web-hosting"), "budget", Map.of("min", 2000, "max", 5000, "currency", "CHF"),
                "language", "en", "region", "Ticino",
                "contact", Map.of("name", "Marco Rossi", "company", "Ticino Bikes", "email", visitorEmail,
                        "phone", "+41 91 000 00 00")));
        String tenderId = tender.path("tenderId").asText();
        ok("tender " + tenderId + " valid until " + tender.path("expiresAt").asText());
        List<ReceivedEmail> tenderEmails = inbox.newEmails(3);

        step("Opted-in partners received the excerpt; one reveals it and proposes");
        JsonNode offered = expect(200, "GET", tender("/partner/tenders"), partnerToken, null);
        ok("Alpine Hosting's partner space lists " + offered.size() + " offered request(s), no contact details");
        JsonNode revealed = expect(200, "POST", tender("/partner/tenders/" + tenderId + "/reveal"), partnerToken, null);
        ok("revealed: " + revealed.path("contact").path("name").asText() + " <" + revealed.path("contact")
                .path("email").asText() + ">, reveal " + revealed.path("revealCount").asText() + " of the cap");
        expect(201, "POST", tender("/partner/tenders/" + tenderId + "/proposals"), partnerToken, Map.of(
                "text", "Shop, bookings and hosting in 6 weeks.", "price", Map.of("amount", 4200, "currency", "CHF")));
        ok("proposal sent");
        inbox.newEmails(1);

        step("The visitor cancels the request from the link in the confirmation email");
        ReceivedEmail confirmation = tenderEmails.stream().filter(email -> email.to().toString().contains(visitorEmail))
                .findFirst().orElseThrow(() -> new DemoFailure("no confirmation email to the visitor"));
        URI cancelLink = DemoInbox.linkIn(confirmation);
        JsonNode page = expect(200, "GET", cancelLink, null, null);
        ok("the link's page shows the request (" + page.path("status").asText() + ") and who revealed it");
        ok("in a browser: " + pageTitle(cancelLink));
        JsonNode cancelled = expect(200, "POST", URI.create(cancelLink + "/cancellation"), null, null);
        ok("cancelled: " + cancelled.path("status").asText());
        int gone = http.call("POST", tender("/partner/tenders/" + tenderId + "/reveal"), otherToken, null, Map.of()).status();
        ok("Lac Web tries to reveal it now: " + gone);
        if (gone != 410 && gone != 404) {
            throw new DemoFailure("a cancelled request was revealable (" + gone + ")");
        }

        step("The partner that revealed it is told it was withdrawn");
        inbox.newEmails(1);

        step("The customer ends the partnership, proving who they are again");
        JsonNode termination = expect(202, "POST",
                partnership("/partnerships/" + partnershipId + "/termination-requests"), customerToken,
                Map.of("reason", "We moved our hosting in-house."));
        ok("step 1: " + termination.path("whatHappens").asText());
        URI confirm = partnership("/partnerships/" + partnershipId + "/termination-requests/"
                + termination.path("confirmationId").asText() + "/confirm");
        String staleToken = tokens.issue("u-claire-" + run, customer, Set.of(LEGAL_REPRESENTATIVE),
                Instant.now().minus(Duration.ofMinutes(30)));
        JsonHttp.Reply stale = http.call("POST", confirm, staleToken, null, Map.of());
        ok("step 2 with a 30-minute-old sign-in: " + stale.status() + " "
                + stale.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        if (stale.status() != 401) {
            throw new DemoFailure("a stale sign-in ended a partnership");
        }
        JsonNode ended = expect(200, "POST", confirm, token("u-claire-" + run, customer), null);
        ok("step 2 after signing in again: partnership " + ended.path("state").asText());
        inbox.newEmails(1);
    }

    private String token(String user, String organization) {
        return tokens.issue(user, organization, Set.of(LEGAL_REPRESENTATIVE));
    }

    /** What a browser following the link sees: the HTML page's title (the same URL answers JSON to programs). */
    private String pageTitle(URI link) {
        JsonHttp.Reply page = http.call("GET", link, null, null, Map.of("Accept", "text/html"));
        Matcher title = TITLE.matcher(page.raw().body());
        if (page.status() != 200 || !title.find()) {
            throw new DemoFailure("no HTML page behind " + link.getPath() + " (" + page.status() + ")");
        }
        return "“" + title.group(1) + "”";
    }

    private JsonNode expect(int status, String method, URI uri, String token, Object body) {
        return expect(status, method, uri, token, body, Map.of());
    }

    private JsonNode expect(int status, String method, URI uri, String token, Object body, Map<String, String> headers) {
        return http.call(method, uri, token, body, headers).expect(status);
    }

    private URI partnership(String path) {
        return services.get("partnership-service").resolve(path);
    }

    private URI billing(String path) {
        return services.get("billing-service").resolve(path);
    }

    private URI tender(String path) {
        return services.get("tender-service").resolve(path);
    }

    private static String compact(JsonNode json) {
        String text = json.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private void step(String title) {
        System.out.println();
        System.out.println(++step + ". " + title);
    }

    private static void ok(String text) {
        System.out.println("   ✓ " + text);
    }
}
