package io.partnerhub.tender;

import io.partnerhub.tender.it.TenderIT;
import io.partnerhub.testing.ServiceHealthContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Same cached context as the other integration tests (so it points at the same partnership-service stand-in). */
@TenderIT
class TenderServiceHealthIT implements ServiceHealthContract {

    @Autowired
    RestTestClient client;

    @Override
    public RestTestClient client() {
        return client;
    }

    @Test
    void documentsTheOpenTenderCheckForOtherServices() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/open-tender-checks'].post.tags[0]").isEqualTo("Answers for other services")
                .jsonPath("$.tags[?(@.name == 'Answers for other services')].description")
                .value(descriptions -> assertThat(descriptions.toString()).contains("For other Partnerhub services"));
    }
}
