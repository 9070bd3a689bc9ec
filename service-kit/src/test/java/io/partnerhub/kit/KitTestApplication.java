package io.partnerhub.kit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The tiny service the kit's integration tests run: its beans live in {@code io.partnerhub.kit.testapp}. */
@SpringBootApplication(scanBasePackages = "io.partnerhub.kit.testapp")
public class KitTestApplication {
}
