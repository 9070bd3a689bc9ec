package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.partnership.InvitationAccepted;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.partnership.InvitationDeclined;
import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.partnership.invitation.InvitationPolicy;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.persistence.InvitationDocument;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.partnerhub.partnership.it.Scenario.full;
import static io.partnerhub.testing.PublishedEvents.awaitEvent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R11: the emailed invitation link ({@code /public/invitation-links/{token}}) abused — used again
 * after the answer, after its deadline, tampered with, for another invitation, fetched by mail
 * scanners — is refused with a problem (404 unknown, 410 closed) or is harmless: the invitation as
 * stored, the partnerships and the published answers do not change.
 */
@PartnershipServiceIT
class InvitationLinkAbuseIT {

    private static final String LINK = "/public/invitation-links/";

    @Autowired
    RestTestClient client;
    @Autowired
    InvitationStore invitations;
    @Autowired
    PartnershipStore partnerships;
    @Autowired
    InvitationPolicy policy;
    @Autowired
    MovableClock clock;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
    }

    @Test
    void aLinkUsedAgainAfterTheAcceptanceIsGoneAndChangesNothing() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = tokenOf(id);
        client.post().uri(LINK + token + "/accept").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED");
        awaitEvent(Topic.INVITATIONS, id, InvitationAccepted.class);
        Document before = stored(id);

        for (int i = 0; i < 2; i++) {
            assertThat(problem(HttpMethod.GET, LINK + token, 410).get("detail")).asString().contains("accepted");
            problem(HttpMethod.POST, LINK + token + "/accept", 410);
            problem(HttpMethod.POST, LINK + token + "/decline", 410);
        }

        assertThat(stored(id)).isEqualTo(before);
        assertThat(partnerships.ofOrganization(s.customerOrg)).as("one partnership, not two").hasSize(1);
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationAccepted.class)).hasSize(1);
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationDeclined.class)).isEmpty();
    }

    @Test
    void aLinkUsedAgainAfterTheRefusalIsGoneAndChangesNothing() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = tokenOf(id);
        client.post().uri(LINK + token + "/decline").exchange().expectStatus().isOk();
        awaitEvent(Topic.INVITATIONS, id, InvitationDeclined.class);
        Document before = stored(id);

        assertThat(problem(HttpMethod.POST, LINK + token + "/accept", 410).get("detail")).asString().contains("declined");
        problem(HttpMethod.POST, LINK + token + "/decline", 410);
        problem(HttpMethod.GET, LINK + token, 410);

        assertThat(stored(id)).isEqualTo(before);
        assertThat(invitations.find(id).orElseThrow().aggregate().state()).isEqualTo(InvitationState.DECLINED);
        assertThat(partnerships.ofOrganization(s.customerOrg)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationAccepted.class)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationDeclined.class)).hasSize(1);
    }

    @Test
    void aLinkPastItsDeadlineIsGoneBeforeTheSweeperRanAndAnswersNothing() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = tokenOf(id);
        Document before = stored(id);

        clock.advance(policy.validity().plus(Duration.ofMinutes(1)));

        assertThat(problem(HttpMethod.GET, LINK + token, 410).get("detail")).asString().contains("expired");
        problem(HttpMethod.POST, LINK + token + "/accept", 410);
        problem(HttpMethod.POST, LINK + token + "/decline", 410);
        html(HttpMethod.POST, LINK + token + "/accept", 410);

        assertThat(stored(id)).isEqualTo(before);
        assertThat(partnerships.ofOrganization(s.customerOrg)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationAccepted.class)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationDeclined.class)).isEmpty();
    }

    @Test
    void aTamperedLinkIsNotFoundExactlyLikeAnUnknownOneAndTheRealLinkStillWorks() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = tokenOf(id);
        Document before = stored(id);
        String unknown = LinkSecret.generate().value();
        Map<String, Object> unknownProblem = withoutInstance(problem(HttpMethod.GET, LINK + unknown, 404));
        String unknownPage = html(HttpMethod.GET, LINK + unknown, 404);

        Map<String, String> tampered = new LinkedHashMap<>();
        tampered.put("first character changed", other(token.charAt(0)) + token.substring(1));
        tampered.put("middle character changed", token.substring(0, 20) + other(token.charAt(20)) + token.substring(21));
        tampered.put("truncated by one", token.substring(0, token.length() - 1));
        tampered.put("truncated to half", token.substring(0, token.length() / 2));
        tampered.put("padded", token + "A");
        tampered.put("padded with base64 padding", token + "=");
        tampered.put("padded with a space", token + " ");
        tampered.put("case swapped", swapCase(token));
        tampered.forEach((how, link) -> {
            assertThat(link).as(how).isNotEqualTo(token);
            assertThat(withoutInstance(problem(HttpMethod.GET, LINK + link, 404))).as(how).isEqualTo(unknownProblem);
            assertThat(withoutInstance(problem(HttpMethod.POST, LINK + link + "/accept", 404))).as(how)
                    .isEqualTo(withoutInstance(problem(HttpMethod.POST, LINK + unknown + "/accept", 404)));
            assertThat(withoutInstance(problem(HttpMethod.POST, LINK + link + "/decline", 404))).as(how)
                    .isEqualTo(withoutInstance(problem(HttpMethod.POST, LINK + unknown + "/decline", 404)));
            assertThat(html(HttpMethod.GET, LINK + link, 404)).as(how).isEqualTo(unknownPage);
            assertThat(html(HttpMethod.POST, LINK + link + "/accept", 404)).as(how).isEqualTo(unknownPage);
        });

        assertThat(stored(id)).isEqualTo(before);
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationAccepted.class)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationDeclined.class)).isEmpty();
        client.get().uri(LINK + token).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.invitationId").isEqualTo(id);
    }

    /** The link takes no invitation id: the token alone names the invitation, and answers only that one. */
    @Test
    void aLinkAnswersItsOwnInvitationAndNoOther() {
        Scenario a = new Scenario(client).partnerAdmitted(false);
        Scenario b = new Scenario(client).partnerAdmitted(false);
        String idA = a.partnerInvitesCustomer(full("CUSTOMER"));
        String idB = b.partnerInvitesCustomer(full("CUSTOMER"));
        String tokenA = tokenOf(idA);
        String tokenB = tokenOf(idB);
        Document beforeB = stored(idB);

        client.get().uri(LINK + tokenA).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.invitationId").isEqualTo(idA);
        client.post().uri(LINK + tokenA + "/accept").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.invitationId").isEqualTo(idA).jsonPath("$.state").isEqualTo("ACCEPTED");

        assertThat(stored(idB)).as("the other invitation").isEqualTo(beforeB);
        assertThat(partnerships.ofOrganization(b.customerOrg)).isEmpty();
        assertThat(partnerships.ofOrganization(a.customerOrg)).hasSize(1);
        client.get().uri(LINK + tokenB).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.invitationId").isEqualTo(idB);
        // A's answered link stays A's: gone, it does not fall through to B
        problem(HttpMethod.POST, LINK + tokenA + "/decline", 410);
        client.post().uri(LINK + tokenB + "/decline").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.invitationId").isEqualTo(idB).jsonPath("$.state").isEqualTo("DECLINED");
        assertThat(invitations.find(idA).orElseThrow().aggregate().state()).isEqualTo(InvitationState.ACCEPTED);
    }

    @Test
    void mailScannersFetchingTheLinkChangeNothingAndTheLinkStillWorks() {
        Scenario s = new Scenario(client).partnerAdmitted(false);
        String id = s.partnerInvitesCustomer(full("CUSTOMER"));
        String token = tokenOf(id);
        Document before = stored(id);

        for (int i = 0; i < 3; i++) {
            client.head().uri(LINK + token).accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                    .expectBody().isEmpty();
            client.head().uri(LINK + token).accept(MediaType.ALL).exchange().expectStatus().isOk()
                    .expectBody().isEmpty();
            client.get().uri(LINK + token).accept(MediaType.ALL).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.invitationId").isEqualTo(id);
            client.get().uri(LINK + token).exchange().expectStatus().isOk();
            assertThat(html(HttpMethod.GET, LINK + token, 200)).contains("<form");
            // a scanner following the forms' actions with GET answers nothing
            client.get().uri(LINK + token + "/accept").accept(MediaType.ALL).exchange().expectStatus().isEqualTo(405);
            client.get().uri(LINK + token + "/decline").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isEqualTo(405);
        }

        assertThat(stored(id)).isEqualTo(before);
        assertThat(invitations.find(id).orElseThrow().aggregate().state()).isEqualTo(InvitationState.PENDING);
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationAccepted.class)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationDeclined.class)).isEmpty();

        assertThat(html(HttpMethod.POST, LINK + token + "/accept", 200)).contains("<html");
        awaitEvent(Topic.INVITATIONS, id, InvitationAccepted.class);
        assertThat(partnerships.ofOrganization(s.customerOrg)).hasSize(1);
    }

    private static String tokenOf(String invitationId) {
        return awaitEvent(Topic.INVITATIONS, invitationId, InvitationCreated.class).getResponseToken();
    }

    /** The invitation as stored, without the outbox the relay empties on its own. */
    private Document stored(String invitationId) {
        Document document = mongo.getCollection(InvitationDocument.COLLECTION)
                .find(new Document("_id", invitationId)).first();
        assertThat(document).isNotNull();
        document.remove(HasOutbox.FIELD);
        document.remove("outboxLease");
        return document;
    }

    /** The RFC 9457 problem a program asking for JSON is answered. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpMethod method, String path, int status) {
        Map<String, Object> problem = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", status).containsKeys("title", "detail");
        return problem;
    }

    private String html(HttpMethod method, String path, int status) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(path).accept(MediaType.TEXT_HTML);
        if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("");
        }
        return request.exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> withoutInstance(Map<String, Object> problem) {
        Map<String, Object> rest = new LinkedHashMap<>(problem);
        rest.remove("instance");
        rest.remove("correlationId");
        return rest;
    }

    private static char other(char c) {
        return c == 'A' ? 'B' : 'A';
    }

    private static String swapCase(String token) {
        StringBuilder swapped = new StringBuilder();
        for (char c : token.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }
}
