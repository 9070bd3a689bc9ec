package io.partnerhub.tender;

import io.partnerhub.tender.it.TenderIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Same cached context as the other integration tests (so it points at the same partnership-service stand-in). */
@TenderIT
class TenderServiceHealthIT {

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

    @Test
    void documentsTheOpenTenderCheckForOtherServices() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/open-tender-checks'].post.tags[0]").isEqualTo("Answers for other services")
                .jsonPath("$.tags[?(@.name == 'Answers for other services')].description")
                .value(descriptions -> org.assertj.core.api.Assertions.assertThat(descriptions.toString())
                        .contains("For other Partnerhub services"));
    }
}
