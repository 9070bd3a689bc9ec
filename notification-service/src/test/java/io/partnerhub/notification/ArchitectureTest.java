package io.partnerhub.notification;

import io.partnerhub.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The service follows the one architecture every Partnerhub service shares (see ServiceArchitecture). */
class ArchitectureTest {

    @Test
    void followsTheSharedArchitecture() {
        ServiceArchitecture.of("io.partnerhub.notification").check();
    }
}
