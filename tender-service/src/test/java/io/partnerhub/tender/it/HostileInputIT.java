package io.partnerhub.tender.it;

import io.partnerhub.testing.hostile.HostileRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/**
 * Every endpoint of the running service, from its OpenAPI document, tried with generated hostile
 * requests: no 5xx, every 4xx a problem document, and (sampled) a refused request stores
 * no tender request.
 */
@TenderIT
class HostileInputIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void hostileRequestsAreRefusedWithAProblem() throws Exception {
        HostileRequests.againstLocalPort(port, () -> mongo.getCollection("tender_requests").countDocuments())
                .runAndAssertNoDefects("tender-service", 2_500);
    }
}
