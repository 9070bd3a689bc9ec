package io.partnerhub.partnership;

import io.partnerhub.partnership.it.PartnershipServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@PartnershipServiceIT
class PartnershipServiceHealthIT {

    @Autowired
    RestTestClient client;

    @Test
    void answersHealthUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void publishesItsOpenApiDocument() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/invitations/customers'].post").exists()
                .jsonPath("$.paths['/partnerships/{id}/termination-requests/{confirmationId}/confirm'].post").exists()
                .jsonPath("$.paths['/partners/me'].get.parameters").doesNotExist();
    }
}
