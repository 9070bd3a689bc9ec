package io.partnerhub.partnership;

import io.partnerhub.partnership.it.PartnershipServiceIT;
import io.partnerhub.testing.ServiceHealthContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The health and OpenAPI answers every service gives, and what partnership-service's OpenAPI document must show. */
@PartnershipServiceIT
class PartnershipServiceHealthIT implements ServiceHealthContract {

    @Autowired
    RestTestClient client;

    @Override
    public RestTestClient client() {
        return client;
    }

    @Test
    void documentsItsEndpointsWithoutTheCallerAsAParameter() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/invitations/customers'].post").exists()
                .jsonPath("$.paths['/partnerships/{id}/termination-requests/{confirmationId}/confirm'].post").exists()
                .jsonPath("$.paths['/partners/me'].get.parameters").doesNotExist();
    }

    @Test
    void documentsTheAnswersForOtherServices() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/partnership-terms'].get.description").value(String.class, description ->
                        assertThat(description).contains("role SERVICE").contains("at the moment of the call"))
                .jsonPath("$.paths['/tender-subscribers'].get.description").value(String.class, description ->
                        assertThat(description).contains("role SERVICE").contains("at the moment of the call"))
                .jsonPath("$.paths['/tender-subscribers/{partnerId}'].get").exists()
                .jsonPath("$.paths['/invitation-link-checks'].post.description").value(String.class, description ->
                        assertThat(description).contains("role SERVICE").contains("at the moment of the call"))
                .jsonPath("$.paths['/partnership-terms'].get.parameters[?(@.name == 'customerId')]").exists();
    }
}
