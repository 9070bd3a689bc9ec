package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.platform.http.JsonHttp;
import io.partnerhub.platform.mail.ReceivedEmail;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.partnerhub.e2e.Partnerhub.BILLING;
import static io.partnerhub.e2e.Partnerhub.PARTNERSHIP;
import static io.partnerhub.e2e.Partnerhub.TENDER;
import static org.awaitility.Awaitility.await;

/** A test's cast and the calls the workflows share; every scenario has fresh organization ids and addresses. */
public final class Scenario {

    public static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";

    /** An organization, its legal representative and the address it is reached at. */
    public record Org(String id, String userId, String email, String name) {
    }

    public final Partnerhub hub = Partnerhub.get();
    public final JsonHttp http = hub.http();
    public final Events events = hub.events();
    public final Mailbox mail = hub.mailbox();
    public final String run = UUID.randomUUID().toString().substring(0, 8);

    public Org org(String role) {
        return new Org("org-" + role + "-" + run, "u-" + role + "-" + run, role + "+" + run + "@e2e.example",
                cap(role) + " " + run);
    }

    /** A fresh token of the organization's legal representative (auth_time now). */
    public String token(Org org) {
        return hub.platform().tokens().issue(org.userId(), org.id(), Set.of(LEGAL_REPRESENTATIVE));
    }

    public String staleToken(Org org, Duration age) {
        return hub.platform().tokens().issue(org.userId(), org.id(), Set.of(LEGAL_REPRESENTATIVE),
                Instant.now().minus(age));
    }

    /** Applies to the program (admitted at once), listed in the directory, opted in to tenders if asked. */
    public Org partner(String role, boolean tenders) {
        return partner(role, tenders, "EN");
    }

    /** A partner whose program contact reads emails in the language (ES, DE, EN, FR, IT). */
    public Org partner(String role, boolean tenders, String language) {
        Org partner = org(role);
        String token = token(partner);
        http.post(partnership("/partners"), token, Map.of("legalName", partner.name(),
                "commercialRegisterId", "CHE-123.456.789", "country", "CH",
                "websiteUrl", "https://" + role + "-" + run + ".example", "contactEmail", partner.email(),
                "contactName", cap(role), "language", language, "resellerTermsVersion", "2026-01",
                "acceptResellerTerms", true)).expect(201);
        http.put(partnership("/partners/me/directory-listing"), token, Map.of("listed", true)).expect(200);
        if (tenders) {
            http.put(partnership("/partners/me/tender-opt-in"), token,
                    Map.of("optedIn", true, "productCategories", List.of(), "languages", List.of())).expect(200);
        }
        return partner;
    }

    public static Map<String, Object> full(String paymentMode) {
        return Map.of("level", "FULL", "paymentMode", paymentMode);
    }

    public static Map<String, Object> limited(String... categories) {
        return Map.of("level", "LIMITED", "productCategories", List.of(categories));
    }

    /** R10: the customer invites the partner; the partner's program contact gets the link. */
    public JsonNode customerInvites(Org customer, Org partner, Map<String, Object> access) {
        return http.post(partnership("/invitations/partners"), token(customer), Map.of("partnerId", partner.id(),
                "customerName", customer.name(), "contactEmail", customer.email(), "contactName", "Claire",
                "language", "EN", "requestedAccess", access)).expect(201);
    }

    /** R9: the partner asks to manage the customer's products; the customer's contact gets the link. */
    public JsonNode partnerInvites(Org partner, Org customer, Map<String, Object> access) {
        return http.post(partnership("/invitations/customers"), token(partner), Map.of(
                "customerOrganizationId", customer.id(), "customerName", customer.name(),
                "contactEmail", customer.email(), "contactName", "Claire", "language", "EN",
                "requestedAccess", access)).expect(201);
    }

    /** The invitation email's link token. */
    public String invitationLinkToken(String invitee) {
        ReceivedEmail email = mail.await(invitee, "manage");
        return Mailbox.linkToken(email);
    }

    /** A live partnership from an R10 invitation accepted through the emailed link; billing knows it. */
    public String partnership(Org customer, Org partner, Map<String, Object> access) {
        customerInvites(customer, partner, access);
        String token = invitationLinkToken(partner.email());
        String partnershipId = http.post(partnership("/public/invitation-links/" + token + "/accept"), null, Map.of())
                .expect(200).path("partnershipId").asText();
        awaitBillingTerms(partnershipId, partner, access);
        return partnershipId;
    }

    /** Until billing's read model shows the access level and payment mode (through Kafka). */
    public void awaitBillingTerms(String partnershipId, Org partner, Map<String, Object> access) {
        await("billing knows " + partnershipId + " as " + access).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    JsonHttp.Reply preview = http.get(billing("/partnerships/" + partnershipId + "/termination-preview"),
                            token(partner));
                    return preview.status() == 200 && access.get("level").equals(preview.body().path("access").asText())
                            && (!access.containsKey("paymentMode")
                            || access.get("paymentMode").equals(preview.body().path("paymentMode").asText()));
                });
    }

    /** Places a one-line order in CHF; returns the order as the caller sees it. */
    public JsonNode order(String token, Org customer, String productId, int quantity) {
        return order(token, customer, List.of(Map.of("productId", productId, "quantity", quantity)));
    }

    /** Places an order of the lines ({productId, quantity} each) in CHF. */
    public JsonNode order(String token, Org customer, List<Map<String, Object>> lines) {
        return http.call("POST", billing("/orders"), token, Map.of("customerId", customer.id(), "currency", "CHF",
                "lines", lines), Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(201);
    }

    public URI partnership(String path) {
        return hub.uri(PARTNERSHIP, path);
    }

    public URI billing(String path) {
        return hub.uri(BILLING, path);
    }

    public URI tender(String path) {
        return hub.uri(TENDER, path);
    }

    private static String cap(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
