package io.partnerhub.notification.it;

import io.partnerhub.testing.hostile.HostileRequests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the running service, from its OpenAPI document, tried with generated hostile
 * requests: no 5xx, every 4xx a problem document. The stored deliveries are not compared: the
 * other tests' events keep arriving while it runs, and no request of this API creates one.
 */
class HostileInputIT extends FlowIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void hostileRequestsAreRefusedWithAProblem() throws Exception {
        HostileRequests.againstLocalPort(port, () -> "not compared")
                .runAndAssertNoDefects("notification-service", 2_000);
    }
}
