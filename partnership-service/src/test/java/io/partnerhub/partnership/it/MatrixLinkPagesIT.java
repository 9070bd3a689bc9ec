package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.authorization.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML side of the matrix's public-link rows, which the matrix driver cannot reach (it asks for
 * JSON, so the same path is answered by the JSON API): in a browser too the link token is the
 * credential — no token or any valid one is served the page — and an expired bearer token is 401.
 */
@PartnershipServiceIT
class MatrixLinkPagesIT {

    @Autowired
    RestTestClient client;
    @Autowired
    MovableClock clock;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET ", "POST /accept", "POST /decline"})
    void whoeverHoldsTheLinkIsServedThePageSignedInOrNot(String step) {
        assertThat(page(step, null)).isEqualTo(200);
        assertThat(page(step, Caller.ENDED_PARTNER)).isEqualTo(200);
        assertThat(page(step, Caller.OPS)).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET ", "POST /accept", "POST /decline"})
    void anExpiredBearerTokenIsRefusedWithAChallenge(String step) throws Exception {
        MatrixParties parties = new MatrixParties(client, clock);
        String expired = EmbeddedPlatform.shared().tokens().expiredCopyOf(parties.token(Caller.OWNER));

        request(step, parties.pendingInvitation().linkToken(), expired).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    /**
     * The status of the step on a fresh invitation's link, asked by {@code caller} (null: no token),
     * asserting a 200 is the HTML page.
     */
    private int page(String step, Caller caller) {
        MatrixParties parties = new MatrixParties(client, clock);
        String bearer = caller == null ? null : parties.token(caller);
        var response = request(step, parties.pendingInvitation().linkToken(), bearer).exchange();
        var result = response.expectBody(String.class).returnResult();
        if (result.getStatus().value() == 200) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result.getResponseBody()).contains("<html");
        }
        return result.getStatus().value();
    }

    private RestTestClient.RequestBodySpec request(String step, String linkToken, String bearer) {
        String[] parts = step.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        RestTestClient.RequestBodySpec request = client.method(method)
                .uri("/public/invitation-links/" + linkToken + parts[1]).accept(MediaType.TEXT_HTML);
        if (method == HttpMethod.POST) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }
}
