package io.partnerhub.kit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults every service gets, at the lowest precedence (any service property wins): problem
 * details, health groups (readiness = Mongo ping + Kafka), Prometheus exposed, Boot's Mongo health
 * indicator off (it fails on the stand-in), consumers starting from the earliest offset, tracing
 * (W3C {@code traceparent} through HTTP and Kafka: template and listener observation on, every trace
 * sampled) with no exporter unless {@value #OTLP_ENDPOINT_ENV} names an OTLP collector.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            Map.entry("management.health.mongodb.enabled", "false"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.group.liveness.include", "livenessState"),
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,mongoPing,kafka"),
            Map.entry("management.endpoint.health.validate-group-membership", "false"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            Map.entry("management.tracing.sampling.probability", "1.0"),
            Map.entry("spring.kafka.template.observation-enabled", "true"),
            Map.entry("spring.kafka.listener.observation-enabled", "true"),
            Map.entry("management.otlp.metrics.export.enabled", "false"));

    /** The standard OpenTelemetry variable: base URL of an OTLP/HTTP collector, e.g. {@code http://otel-collector:4318}. */
    static final String OTLP_ENDPOINT_ENV = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /** Exporting to the collector named by {@value #OTLP_ENDPOINT_ENV}: traces and metrics. */
    static Map<String, Object> otlpExport(String endpoint) {
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return Map.of(
                "management.opentelemetry.tracing.export.otlp.endpoint", base + "/v1/traces",
                "management.otlp.metrics.export.enabled", "true",
                "management.otlp.metrics.export.url", base + "/v1/metrics");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String otlp = environment.getProperty(OTLP_ENDPOINT_ENV);
        if (otlp != null && !otlp.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("partnerhubKitOtlp", otlpExport(otlp.trim())));
        }
        environment.getPropertySources().addLast(new MapPropertySource("partnerhubKitDefaults", DEFAULTS));
    }
}
