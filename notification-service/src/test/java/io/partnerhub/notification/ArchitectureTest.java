package io.partnerhub.notification;

import io.partnerhub.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsTheServiceArchitecture() {
        ServiceArchitecture.of("io.partnerhub.notification").check();
    }
}
