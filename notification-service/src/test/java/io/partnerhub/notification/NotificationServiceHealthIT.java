package io.partnerhub.notification;

import io.partnerhub.notification.it.FlowIntegrationTest;
import io.partnerhub.testing.ServiceHealthContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Same configuration as the flow tests (one cached context for both). */
class NotificationServiceHealthIT extends FlowIntegrationTest implements ServiceHealthContract {

    @Autowired
    RestTestClient client;

    @Override
    public RestTestClient client() {
        return client;
    }
}
