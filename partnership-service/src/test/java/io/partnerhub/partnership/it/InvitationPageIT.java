package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.testing.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;

import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.partnership.it.Scenario.limited;
import static org.assertj.core.api.Assertions.assertThat;

/** The emailed invitation link in a browser: an HTML page in the invitee's language whose forms answer once. */
@PartnershipServiceIT
class InvitationPageIT {

    @Autowired
    RestTestClient client;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
    }

    @Test
    void theCustomerReadsThePartnersRequestInFrenchAndAcceptsFromThePage() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(limited(List.of("web-1"), List.of("mail")));
        String token = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();

        String page = html(HttpMethod.GET, "/public/invitation-links/" + token, 200);
        assertThat(page).contains("<html lang=\"fr\">", "Invitation à un partenariat", "demande à gérer les produits de",
                "Accès limité : mail, web-1", "action=\"/public/invitation-links/" + token + "/accept\"",
                "action=\"/public/invitation-links/" + token + "/decline\"", "Accepter", "Refuser");

        assertThat(html(HttpMethod.POST, "/public/invitation-links/" + token + "/accept", 200))
                .contains("Invitation acceptée", "Le partenariat a commencé");
        InvitationAccepted accepted = awaitEvent(Topic.INVITATIONS, invitationId, InvitationAccepted.class);
        assertThat(accepted.getGrantedAccess().getProductCategories()).as("granted as requested").containsExactly("mail");

        assertThat(html(HttpMethod.GET, "/public/invitation-links/" + token, 410))
                .contains("Cette invitation est close", "Elle a déjà été acceptée.").doesNotContain("<form");
        assertThat(html(HttpMethod.POST, "/public/invitation-links/" + token + "/decline", 410))
                .contains("Elle a déjà été acceptée.");
    }

    @Test
    void aPartnerDeclinesACustomersInvitationInGerman() {
        Scenario s = new Scenario(client).partnerAdmitted(true);
        String invitationId = (String) s.customerLegal.post("/invitations/partners", s.partnerInvitation(full("CUSTOMER")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("invitationId");
        String token = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();

        assertThat(html(HttpMethod.GET, "/public/invitation-links/" + token, 200))
                .contains("<html lang=\"de\">", "lädt", "Vollzugriff auf alle Produkte",
                        "Der Kunde zahlt mit seinem eigenen Zahlungsmittel.");
        assertThat(html(HttpMethod.POST, "/public/invitation-links/" + token + "/decline", 200))
                .contains("Einladung abgelehnt");
        awaitEvent(Topic.INVITATIONS, invitationId, InvitationDeclined.class);
    }

    @Test
    void programsStillGetJsonAndABadLinkIsAPageInTheBrowsersLanguage() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String invitationId = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();
        client.get().uri("/public/invitation-links/" + token).accept(MediaType.ALL).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.invitationId").isEqualTo(invitationId);

        String page = client.get().uri("/public/invitation-links/" + "x".repeat(43)).accept(MediaType.TEXT_HTML)
                .header("Accept-Language", "it-CH,it;q=0.9").exchange()
                .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"it\">", "Questo link non è valido");
    }

    private String html(HttpMethod method, String path, int status) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(path).accept(MediaType.TEXT_HTML);
        if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("");
        }
        return request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("form-action 'self'"))
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
