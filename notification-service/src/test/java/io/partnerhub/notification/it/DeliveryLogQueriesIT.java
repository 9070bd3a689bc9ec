package io.partnerhub.notification.it;

import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ops delivery log refuses malformed ids and limits with a problem naming the parameter, before any query. */
class DeliveryLogQueriesIT extends FlowIntegrationTest {

    private final String ops = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-ops", "provider", Set.of("OPS"));

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("/ops/deliveries?sourceEventId={v}", "not-a-uuid", "sourceEventId"),
                Arguments.of("/ops/deliveries?sourceEventId={v}", "{\"$gt\":\"\"}", "sourceEventId"),
                Arguments.of("/ops/deliveries?recipient={v}", "{\"$ne\":null}", "recipient"),
                Arguments.of("/ops/deliveries?recipient={v}", "someone@example.org\r\nBcc: x@example.org", "recipient"),
                Arguments.of("/ops/deliveries?recipient={v}", "a".repeat(250) + "@example.org", "recipient"),
                Arguments.of("/ops/deliveries?limit={v}", "0", "limit"),
                Arguments.of("/ops/deliveries?limit={v}", "100000", "limit"),
                Arguments.of("/ops/deliveries?status={v}", "DELETED", "status"),
                Arguments.of("/ops/deliveries/{v}", "12345", "id"),
                Arguments.of("/ops/deliveries/{v}/resend", "not-a-uuid", "id"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedParameterIsAProblemNamingIt(String path, String value, String parameter) {
        var request = path.endsWith("/resend") ? client.post().uri(path, value) : client.get().uri(path, value);
        String body = request.header("Authorization", ops).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains(parameter);
    }
}
