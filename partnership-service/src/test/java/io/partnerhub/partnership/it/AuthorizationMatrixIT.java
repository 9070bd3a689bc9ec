package io.partnerhub.partnership.it;

import io.partnerhub.events.Topic;
import io.partnerhub.testing.MovableClock;
import io.partnerhub.testing.PublishedEvents;
import io.partnerhub.testing.authorization.AuthorizationMatrix;
import io.partnerhub.testing.authorization.Caller;
import io.partnerhub.testing.authorization.CellRequest;
import io.partnerhub.testing.authorization.Endpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Drives {@code authorization-matrix.md}: every endpoint of partnership-service that takes an id,
 * with every kind of caller, each cell on fresh organizations and fresh objects made through the
 * service's own API (so a cell that cancels, accepts or ends judges an untouched object).
 */
@PartnershipServiceIT
class AuthorizationMatrixIT {

    private static final String ACCESS_FULL_PAID_BY_CUSTOMER =
            "{\"access\":{\"level\":\"FULL\",\"paymentMode\":\"CUSTOMER\"}}";
    private static final String ACCESS_LIMITED_MAIL = "{\"access\":{\"level\":\"LIMITED\",\"productIds\":[\"mail-1\"],"
            + "\"productCategories\":[]}}";
    private static final String RIGHT_FOR_ALL_CUSTOMERS = "{\"allCustomers\":true}";

    @Autowired
    RestTestClient client;
    @Autowired
    MovableClock clock;
    @LocalServerPort
    int port;

    @BeforeAll
    static void readEvents() {
        PublishedEvents.read(Topic.INVITATIONS);
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws Exception {
        AuthorizationMatrix.fromResource("/authorization-matrix.md").runAndAssert("partnership-service",
                URI.create("http://localhost:" + port), this::request);
    }

    private CellRequest request(Endpoint endpoint, Caller caller) {
        MatrixParties parties = new MatrixParties(client, clock);
        String token = parties.token(caller);
        String method = endpoint.method();
        String path = endpoint.path();
        if (path.startsWith("/invitations/")) {
            return CellRequest.of(Map.of("id", parties.pendingInvitation().id()),
                    path.endsWith("/accept") ? "{}" : null, token);
        }
        if (path.startsWith("/public/invitation-links/")) {
            return CellRequest.of(Map.of("token", parties.pendingInvitation().linkToken()),
                    path.endsWith("/accept") ? "{}" : null, token);
        }
        if (path.startsWith("/partnerships/")) {
            return partnershipCell(parties, path, token);
        }
        if (path.startsWith("/customers/me/attachments/")) {
            // the owner's attachment to its partner; a new external user for the PUT, so 200 means "recorded"
            String member = method.equals("PUT") ? "external-" + UUID.randomUUID() : parties.partner();
            if (method.equals("GET")) {
                parties.livePartnership(Scenario.full("CUSTOMER"));
            }
            return CellRequest.of(Map.of("organizationId", member), null, token);
        }
        if (path.startsWith("/partners/me/collaborators/")) {
            return CellRequest.of(Map.of("userId", parties.granted), method.equals("PUT") ? RIGHT_FOR_ALL_CUSTOMERS : null,
                    caller == Caller.OWNER ? parties.legal(parties.partner()) : token);
        }
        if (path.startsWith("/affiliates/")) {
            return CellRequest.of(Map.of("organizationId", parties.customer()), null, token);
        }
        if (path.startsWith("/tender-subscribers/")) {
            parties.optInToTenders();
            return CellRequest.of(Map.of("partnerId", parties.partner()), null, token);
        }
        if (path.startsWith("/invitation-link-checks/holds/")) {
            return CellRequest.of(Map.of("holder", "sender-" + UUID.randomUUID()), null, token);
        }
        if (path.startsWith("/ops/dead-letters/")) {
            // a well-formed place on this service's dead-letter topic where no record is
            return CellRequest.of(Map.of("topic", Topic.PARTNER_VOLUMES.deadLetterName(), "partition", "0",
                    "offset", String.valueOf(Integer.MAX_VALUE)), null, token);
        }
        throw new IllegalArgumentException("the world has no object for " + endpoint);
    }

    private static CellRequest partnershipCell(MatrixParties parties, String path, String token) {
        if (path.endsWith("/confirm")) {
            String[] awaiting = parties.partnershipAwaitingConfirmation();
            return CellRequest.of(Map.of("id", awaiting[0], "confirmationId", awaiting[1]), null, token);
        }
        if (path.endsWith("/approve") || path.endsWith("/decline")) {
            return CellRequest.of(Map.of("id", parties.partnershipAwaitingMoreAccess()),
                    path.endsWith("/approve") ? "{}" : null, token);
        }
        if (path.endsWith("/payment-mode")) {
            return CellRequest.of(Map.of("id", parties.livePartnership(Scenario.full("CUSTOMER"))),
                    "{\"paymentMode\":\"PARTNER\"}", token);
        }
        String id = parties.livePartnership(Scenario.limited(java.util.List.of("web-1"), java.util.List.of()));
        String body = switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "access" -> ACCESS_FULL_PAID_BY_CUSTOMER;
            case "access-increase-request" -> ACCESS_LIMITED_MAIL;
            case "termination-requests" -> "{\"reason\":\"moving on\"}";
            default -> null;
        };
        return CellRequest.of(Map.of("id", id), body, token);
    }
}
