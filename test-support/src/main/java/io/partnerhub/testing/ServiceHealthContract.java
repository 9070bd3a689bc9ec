package io.partnerhub.testing;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every service answers its operators and callers, tried on the running application: a health
 * endpoint that says UP, and its OpenAPI document, readable without a token. A service's health test
 * implements this and adds only what is its own.
 */
public interface ServiceHealthContract {

    /** The client of the application under test. */
    RestTestClient client();

    @Test
    default void answersHealthUp() {
        client().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    default void publishesItsOpenApiDocumentWithoutAToken() {
        client().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists()
                .jsonPath("$.paths").isNotEmpty();
    }
}
