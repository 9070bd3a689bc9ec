package io.partnerhub.kit.web;

import io.partnerhub.kit.KitIT;
import io.partnerhub.platform.EmbeddedPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@KitIT
class ProblemsIT {

    @Autowired
    RestTestClient client;

    String token = "Bearer " + EmbeddedPlatform.shared().tokens().issue("u-1", "o-1", Set.of("ADMIN"));

    @Test
    void notFoundIsA404Problem() {
        client.get().uri("/test/missing").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("No such thing").jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void forbiddenIsA403Problem() {
        client.get().uri("/test/forbidden").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Only a legal representative may do this");
    }

    @Test
    void aConcurrentChangeIsA409() {
        client.get().uri("/test/concurrent").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void domainRuleViolationIsA400() {
        client.get().uri("/test/domain-rule").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Quantity must be positive");
    }

    @Test
    void invalidBodyIsA400WithFieldList() {
        client.post().uri("/test/rename").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\":\"\",\"code\":\"TOOLONG\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'code')]").exists();
    }

    @Test
    void unreadableBodyIsA400() {
        client.post().uri("/test/rename").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body("{not json").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unexpectedErrorHidesItsDetails() {
        byte[] body = client.get().uri("/test/boom").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().is5xxServerError()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(body)).doesNotContain("secret internal detail").doesNotContain("at io.partnerhub");
    }
}
