package io.partnerhub.kit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults every service gets, at the lowest precedence (any service property wins): problem
 * details, health groups (readiness = Mongo ping + Kafka), Prometheus exposed, Boot's Mongo health
 * indicator off (it fails on the stand-in), consumers starting from the earliest offset.
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
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("partnerhubKitDefaults", DEFAULTS));
    }
}
