package io.partnerhub.platform;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class PlatformModeTest {

    @Test
    void embeddedIsTheDefault() {
        assertThat(PlatformMode.parse(null)).isEqualTo(PlatformMode.EMBEDDED);
        assertThat(PlatformMode.parse(" ")).isEqualTo(PlatformMode.EMBEDDED);
        assertThat(PlatformMode.parse("embedded")).isEqualTo(PlatformMode.EMBEDDED);
    }

    @Test
    void containersIsChosenByName() {
        assertThat(PlatformMode.parse("containers")).isEqualTo(PlatformMode.CONTAINERS);
        assertThat(PlatformMode.parse("CONTAINERS")).isEqualTo(PlatformMode.CONTAINERS);
    }

    @Test
    void anUnknownModeIsRefusedNotIgnored() {
        assertThatThrownBy(() -> PlatformMode.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dpartnerhub.platform=docker")
                .hasMessageContaining("embedded (the default) or containers");
    }

    /** On a machine without Docker (like the one CI runs on) the switch is reported, never skipped. */
    @Test
    void withoutDockerTheContainersPlatformRefusesToStartAndSaysWhy() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker exists here: the containers ITs run");

        long started = System.nanoTime();
        assertThatThrownBy(() -> Infrastructure.start(PlatformMode.CONTAINERS))
                .isInstanceOf(PlatformUnavailableException.class)
                .hasMessageContaining("Docker is not available")
                .hasMessageContaining("Run without that switch");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse").isLessThan(10_000);
    }
}
