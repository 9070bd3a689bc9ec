package io.partnerhub.notification;

import io.partnerhub.notification.it.FlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Same configuration as the flow tests (one cached context for both). */
class NotificationServiceHealthIT extends FlowIntegrationTest {

    @Autowired
    RestTestClient http;

    @Test
    void answersHealthUp() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void publishesItsOpenApiDocumentWithoutAToken() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists();
    }
}
