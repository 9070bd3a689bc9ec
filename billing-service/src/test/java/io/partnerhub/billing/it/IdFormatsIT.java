package io.partnerhub.billing.it;

import io.partnerhub.billing.order.persistence.OrderDocument;
import io.partnerhub.billing.web.IdFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One format per kind of id (see {@link IdFormats} and the README), checked at the edge: a malformed
 * id in a path, a query or a body is a 400 problem naming it, before any lookup, and nothing is
 * stored; a well-formed id of nothing is a 404. The OpenAPI document states each format.
 */
class IdFormatsIT extends BillingIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String customer = "customer-" + suffix;
    private final String partner = "partner-" + suffix;

    /** In a query or a body every malformed value reaches the validation and is named there. */
    static List<String> malformedIds() {
        return List.of("{\"$gt\":\"\"}", "a\r\nb", "a\u0000b", "..", "../../etc/passwd", "a".repeat(300),
                "-a", "a b", "a/b", " ", "");
    }

    /** In a path: what a path segment can carry and still reach the controller. */
    static List<String> malformedPathIds() {
        return List.of("{\"$gt\":\"\"}", "..a", "-a", "a".repeat(300), "x y", "ord-<script>");
    }

    /**
     * Control characters, an encoded percent or slash, or a ".." segment in a path never reach a controller: the
     * kit's firewall (or the servlet container) refuses the request with a 400 problem first.
     */
    static List<String> pathsRefusedBeforeAnyController() {
        return List.of("a\r\nb", "a\u0000b", "%00", "../ord-" + UUID.randomUUID());
    }

    @ParameterizedTest
    @MethodSource("malformedPathIds")
    void malformedPathIdsAre400ProblemsNamingTheParameter(String malformed) {
        for (PathCall call : pathCalls()) {
            assertNamed(send(call, malformed), call.parameter(), call + " with " + malformed);
        }
    }

    @ParameterizedTest
    @MethodSource("pathsRefusedBeforeAnyController")
    void pathsWithControlCharactersOrTraversalAreRefusedBeforeAnyController(String malformed) {
        for (PathCall call : pathCalls()) {
            Result result = send(call, malformed);
            assertThat(result.status()).as(call + " with " + malformed).isEqualTo(400);
            assertThat(result.contentType()).as(call + " with " + malformed)
                    .isNotNull().matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void malformedIdQueryParametersAre400ProblemsNamingTheParameter(String malformed) {
        assertNamed(send(HttpMethod.GET, "/subscriptions?customerId={id}", legalRep(customer), null, malformed),
                "customerId", "GET /subscriptions?customerId=" + malformed);
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void malformedIdsInBodiesAre400ProblemsNamingTheFieldAndNothingIsStored(String malformed) {
        Map<String, Object> order = order(malformed, "CHF", null, "web-hosting", 1);

        assertNamed(send(HttpMethod.POST, "/orders", legalRep(customer), order), "customerId",
                "POST /orders with customerId " + malformed);
        assertNamed(send(HttpMethod.POST, "/orders", legalRep(partner), order), "customerId",
                "POST /orders by a partner with customerId " + malformed);
        assertThat(mongo.count(Query.query(where("customerId").is(malformed)), OrderDocument.class)).isZero();
    }

    @Test
    void wellFormedIdsOfNothingAre404Problems() {
        String uuid = UUID.randomUUID().toString();
        String caller = legalRep(customer);
        List<Result> results = List.of(
                send(HttpMethod.GET, "/orders/{id}", caller, null, "ord-" + uuid),
                send(HttpMethod.POST, "/orders/{id}/renewals", caller, Map.of(), "ord-" + uuid),
                send(HttpMethod.GET, "/invoices/{id}", caller, null, "inv-ord-" + uuid),
                send(HttpMethod.GET, "/subscriptions/{id}", caller, null, "sub-" + uuid),
                send(HttpMethod.PATCH, "/subscriptions/{id}", caller, Map.of("autoRenew", false), "sub-" + uuid),
                send(HttpMethod.GET, "/subscriptions?customerId={id}", caller, null, "customer-unknown-" + suffix),
                send(HttpMethod.GET, "/partners/{id}/wallet", caller, null, "partner-unknown-" + suffix),
                send(HttpMethod.GET, "/partners/{id}/wallet/entries?currency=CHF", caller, null,
                        "partner-unknown-" + suffix),
                send(HttpMethod.GET, "/partners/{id}/yearly-volume", caller, null, "partner-unknown-" + suffix),
                send(HttpMethod.GET, "/partners/{id}/billing-export.csv", caller, null, "partner-unknown-" + suffix),
                send(HttpMethod.GET, "/partnerships/{id}/termination-preview", legalRep(partner), null, uuid));
        assertThat(results).allSatisfy(result -> {
            assertThat(result.status()).as(result.request()).isEqualTo(404);
            assertThat(result.contentType()).as(result.request())
                    .isNotNull().matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        });
    }

    @Test
    void theOpenApiDocumentStatesTheFormatOfEveryId() {
        Map<String, String> formats = Map.of("orderId", IdFormats.ORDER, "invoiceId", IdFormats.INVOICE,
                "subscriptionId", IdFormats.SUBSCRIPTION, "partnerId", IdFormats.ORGANIZATION,
                "customerId", IdFormats.ORGANIZATION, "partnershipId", IdFormats.PARTNERSHIP);
        List<String[]> parameters = List.of(
                new String[] {"/orders/{orderId}", "get", "orderId"},
                new String[] {"/orders/{orderId}/renewals", "post", "orderId"},
                new String[] {"/invoices/{invoiceId}", "get", "invoiceId"},
                new String[] {"/subscriptions/{subscriptionId}", "get", "subscriptionId"},
                new String[] {"/subscriptions/{subscriptionId}", "patch", "subscriptionId"},
                new String[] {"/subscriptions", "get", "customerId"},
                new String[] {"/partners/{partnerId}/wallet", "get", "partnerId"},
                new String[] {"/partners/{partnerId}/wallet/entries", "get", "partnerId"},
                new String[] {"/partners/{partnerId}/yearly-volume", "get", "partnerId"},
                new String[] {"/partners/{partnerId}/billing-export.csv", "get", "partnerId"},
                new String[] {"/partnerships/{partnershipId}/termination-preview", "get", "partnershipId"});
        for (String[] parameter : parameters) {
            client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.paths['" + parameter[0] + "']." + parameter[1] + ".parameters[?(@.name == '"
                            + parameter[2] + "')].schema.pattern")
                    .isEqualTo(List.of(formats.get(parameter[2])));
        }
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.schemas.OrderRequestBody.properties.customerId.pattern")
                .isEqualTo(IdFormats.ORGANIZATION);
    }

    /** Every endpoint with an id in its path, and the name of that id. */
    private List<PathCall> pathCalls() {
        String customerRep = legalRep(customer);
        String partnerRep = legalRep(partner);
        return List.of(
                new PathCall(HttpMethod.GET, "/orders/{id}", customerRep, null, "orderId"),
                new PathCall(HttpMethod.POST, "/orders/{id}/renewals", customerRep, Map.of(), "orderId"),
                new PathCall(HttpMethod.GET, "/invoices/{id}", customerRep, null, "invoiceId"),
                new PathCall(HttpMethod.GET, "/subscriptions/{id}", customerRep, null, "subscriptionId"),
                new PathCall(HttpMethod.PATCH, "/subscriptions/{id}", customerRep, Map.of("autoRenew", false),
                        "subscriptionId"),
                new PathCall(HttpMethod.GET, "/partners/{id}/wallet", partnerRep, null, "partnerId"),
                new PathCall(HttpMethod.GET, "/partners/{id}/wallet/entries?currency=CHF", partnerRep, null,
                        "partnerId"),
                new PathCall(HttpMethod.GET, "/partners/{id}/yearly-volume", partnerRep, null, "partnerId"),
                new PathCall(HttpMethod.GET, "/partners/{id}/billing-export.csv", partnerRep, null, "partnerId"),
                new PathCall(HttpMethod.GET, "/partnerships/{id}/termination-preview", partnerRep, null,
                        "partnershipId"));
    }

    private record PathCall(HttpMethod method, String uri, String token, Object body, String parameter) {

        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    private record Result(String request, int status, MediaType contentType, Map<String, Object> body) {
    }

    private Result send(HttpMethod method, String uri, String token, Object body, Object... variables) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.ALL);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        var result = request.exchange().returnResult(JSON);
        return new Result(method + " " + uri, result.getStatus().value(),
                result.getResponseHeaders().getContentType(), result.getResponseBody());
    }

    private Result send(PathCall call, String id) {
        return send(call.method(), call.uri(), call.token(), call.body(), id);
    }

    private static void assertNamed(Result result, String parameter, String what) {
        assertThat(result.status()).as(what).isEqualTo(400);
        assertThat(result.contentType()).as(what)
                .isNotNull().matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(result.body().get("errors")).as(what).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.list(Map.class))
                .isNotEmpty().allSatisfy(error -> assertThat((String) error.get("field")).startsWith(parameter));
    }
}
