package io.partnerhub.partnership.it;

import io.partnerhub.testing.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;

/** The service's clock in tests: starts now, only ever moved forward by tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock(Instant.now());
    }
}
