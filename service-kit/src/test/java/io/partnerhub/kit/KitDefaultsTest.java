package io.partnerhub.kit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KitDefaultsTest {

    @Test
    void tracingOnWithoutExportByDefault() {
        StandardEnvironment environment = environment(Map.of());
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(environment.getProperty("spring.kafka.template.observation-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isNull();
    }

    @Test
    void theOpenTelemetryEndpointVariableTurnsExportOn() {
        StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"));
        assertThat(environment.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://collector:4318/v1/traces");
        assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.otlp.metrics.export.url")).isEqualTo("http://collector:4318/v1/metrics");
    }

    @Test
    void aServicePropertyWins() {
        StandardEnvironment environment = environment(Map.of("management.tracing.sampling.probability", "0.1"));
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
    }

    private static StandardEnvironment environment(Map<String, Object> given) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new KitDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
