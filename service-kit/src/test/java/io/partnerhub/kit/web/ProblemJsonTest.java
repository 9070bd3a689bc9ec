package io.partnerhub.kit.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemJsonTest {

    @Test
    void writesAnRfc9457Body() {
        assertThat(ProblemJson.body(HttpStatus.UNAUTHORIZED, "A bearer token is required", "/x"))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"A bearer token is required\",\"instance\":\"/x\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(ProblemJson.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
        assertThat(ProblemJson.quote(null)).isEqualTo("null");
    }
}
