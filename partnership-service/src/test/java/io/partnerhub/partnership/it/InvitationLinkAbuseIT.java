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
import io.partnerhub.testing.LinkPages;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
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
    private LinkPages pages;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
    }

    @BeforeEach
    void linkPages() {
        pages = new LinkPages(client);
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
            assertThat(pages.problem(HttpMethod.GET, LINK + token, 410).get("detail")).asString().contains("accepted");
            pages.problem(HttpMethod.POST, LINK + token + "/accept", 410);
            pages.problem(HttpMethod.POST, LINK + token + "/decline", 410);
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

        assertThat(pages.problem(HttpMethod.POST, LINK + token + "/accept", 410).get("detail")).asString().contains("declined");
        pages.problem(HttpMethod.POST, LINK + token + "/decline", 410);
        pages.problem(HttpMethod.GET, LINK + token, 410);

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

        assertThat(pages.problem(HttpMethod.GET, LINK + token, 410).get("detail")).asString().contains("expired");
        pages.problem(HttpMethod.POST, LINK + token + "/accept", 410);
        pages.problem(HttpMethod.POST, LINK + token + "/decline", 410);
        pages.html(HttpMethod.POST, LINK + token + "/accept", 410);

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
        Map<String, Object> unknownProblem = LinkPages.withoutInstance(pages.problem(HttpMethod.GET, LINK + unknown, 404));
        String unknownPage = pages.html(HttpMethod.GET, LINK + unknown, 404);

        Map<String, String> tampered = LinkPages.tamperedCopies(token);
        tampered.forEach((how, link) -> {
            assertThat(link).as(how).isNotEqualTo(token);
            assertThat(LinkPages.withoutInstance(pages.problem(HttpMethod.GET, LINK + link, 404))).as(how).isEqualTo(unknownProblem);
            assertThat(LinkPages.withoutInstance(pages.problem(HttpMethod.POST, LINK + link + "/accept", 404))).as(how)
                    .isEqualTo(LinkPages.withoutInstance(pages.problem(HttpMethod.POST, LINK + unknown + "/accept", 404)));
            assertThat(LinkPages.withoutInstance(pages.problem(HttpMethod.POST, LINK + link + "/decline", 404))).as(how)
                    .isEqualTo(LinkPages.withoutInstance(pages.problem(HttpMethod.POST, LINK + unknown + "/decline", 404)));
            assertThat(pages.html(HttpMethod.GET, LINK + link, 404)).as(how).isEqualTo(unknownPage);
            assertThat(pages.html(HttpMethod.POST, LINK + link + "/accept", 404)).as(how).isEqualTo(unknownPage);
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
        pages.problem(HttpMethod.POST, LINK + tokenA + "/decline", 410);
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
            assertThat(pages.html(HttpMethod.GET, LINK + token, 200)).contains("<form");
            // a scanner following the forms' actions with GET answers nothing
            client.get().uri(LINK + token + "/accept").accept(MediaType.ALL).exchange().expectStatus().isEqualTo(405);
            client.get().uri(LINK + token + "/decline").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isEqualTo(405);
        }

        assertThat(stored(id)).isEqualTo(before);
        assertThat(invitations.find(id).orElseThrow().aggregate().state()).isEqualTo(InvitationState.PENDING);
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationAccepted.class)).isEmpty();
        assertThat(PublishedEvents.of(Topic.INVITATIONS, id, InvitationDeclined.class)).isEmpty();

        assertThat(pages.html(HttpMethod.POST, LINK + token + "/accept", 200)).contains("<html");
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
}
