package io.partnerhub.notification;

import io.partnerhub.platform.EmbeddedPlatformExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Same configuration as the flow tests (one cached context for both). */
@ExtendWith(EmbeddedPlatformExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "partnerhub.public-base-url=https://partners.example.test",
        "partnerhub.notification.tender-base-url=https://tenders.example.test",
        "spring.mongodb.database=notification-flow-it",
        "partnerhub.link-tokens.keys=" + io.partnerhub.notification.it.FlowIntegrationTest.LINK_TOKEN_KEYS})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class NotificationServiceHealthIT {

    @Autowired
    RestTestClient client;

    @Test
    void answersHealthUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void publishesItsOpenApiDocumentWithoutAToken() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists();
    }
}
