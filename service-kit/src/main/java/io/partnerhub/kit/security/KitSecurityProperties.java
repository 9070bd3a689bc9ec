package io.partnerhub.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code partnerhub.security.public-paths}: the service's own unauthenticated path patterns,
 * added to the kit's (health, info, prometheus, OpenAPI docs, Swagger UI, error page).
 */
@ConfigurationProperties("partnerhub.security")
public record KitSecurityProperties(List<String> publicPaths) {

    public static final List<String> KIT_PUBLIC_PATHS = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error");

    public KitSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    public String[] allPublicPaths() {
        return java.util.stream.Stream.concat(KIT_PUBLIC_PATHS.stream(), publicPaths.stream())
                .map(String::trim).filter(path -> !path.isEmpty()).distinct().toArray(String[]::new);
    }
}
