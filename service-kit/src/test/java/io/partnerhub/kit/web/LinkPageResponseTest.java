package io.partnerhub.kit.web;

import io.partnerhub.kit.plain.GoneException;
import io.partnerhub.kit.plain.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LinkPageResponseTest {

    @Test
    void showsThePageOfAnOpenLink() {
        ResponseEntity<String> answer = LinkPageResponse.render(() -> "open", () -> "invalid", () -> Optional.of("gone"));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("open");
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(answer.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void anUnknownLinkGetsTheInvalidPage() {
        ResponseEntity<String> answer = LinkPageResponse.render(() -> {
            throw new NotFoundException("no such link");
        }, () -> "invalid", () -> Optional.of("gone"));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody()).isEqualTo("invalid");
    }

    @Test
    void aClosedLinkSaysWhyOrFallsBackToInvalid() {
        ResponseEntity<String> explained = LinkPageResponse.render(() -> {
            throw new GoneException("answered");
        }, () -> "invalid", () -> Optional.of("gone"));
        ResponseEntity<String> unexplained = LinkPageResponse.render(() -> {
            throw new GoneException("answered");
        }, () -> "invalid", Optional::empty);

        assertThat(explained.getStatusCode().value()).isEqualTo(410);
        assertThat(explained.getBody()).isEqualTo("gone");
        assertThat(unexplained.getStatusCode().value()).isEqualTo(404);
        assertThat(unexplained.getBody()).isEqualTo("invalid");
    }
}
