package io.partnerhub.tender.it;

import io.partnerhub.kit.web.PlatformIdFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Tender ids are server-generated UUIDs: the partner space refuses any other id at the edge with a
 * 400 problem naming the parameter, on every path that takes one. (An id with CR/LF never gets this
 * far: the kit refuses such a path before any controller, also with a 400 problem.)
 */
@TenderIT
class TenderIdFormatIT {

    @Autowired
    RestTestClient http;

    String partner = "ids-" + UUID.randomUUID().toString().substring(0, 8);

    static Stream<String> malformedIds() {
        return Stream.of("{\"$gt\":\"\"}", "a".repeat(300), UUID.randomUUID().toString().toUpperCase(), "-".repeat(36));
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void openingWithAMalformedIdIsABadRequest(String id) {
        expectBadId(http.get().uri("/partner/tenders/{tenderId}", id)
                .header("Authorization", PartnerFixture.bearer(partner)).exchange());
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void revealingWithAMalformedIdIsABadRequest(String id) {
        expectBadId(http.post().uri("/partner/tenders/{tenderId}/reveal", id)
                .header("Authorization", PartnerFixture.bearer(partner)).exchange());
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void proposingWithAMalformedIdIsABadRequest(String id) {
        expectBadId(http.post().uri("/partner/tenders/{tenderId}/proposals", id)
                .header("Authorization", PartnerFixture.bearer(partner)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "Shop, hosting and mail for 12: ready in a week.")).exchange());
    }

    @org.junit.jupiter.api.Test
    void theOpenApiDocumentStatesTheFormatOnEveryPathWithATenderId() {
        for (String path : List.of("['/partner/tenders/{tenderId}'].get", "['/partner/tenders/{tenderId}/reveal'].post",
                "['/partner/tenders/{tenderId}/proposals'].post")) {
            http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.paths" + path + ".parameters[?(@.name == 'tenderId')].schema.pattern")
                    .isEqualTo(List.of(PlatformIdFormats.UUID));
        }
    }

    private static void expectBadId(RestTestClient.ResponseSpec response) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[*].field").isEqualTo(List.of("tenderId"));
    }
}
