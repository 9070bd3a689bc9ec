package io.partnerhub.kit.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KitSecurityPropertiesTest {

    @Test
    void servicePathsAreAddedToTheKitsPublicPaths() {
        KitSecurityProperties properties = new KitSecurityProperties(List.of(" /public/** ", "", "/error"));
        assertThat(properties.allPublicPaths()).contains("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                "/public/**").doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void noServicePathsIsFine() {
        assertThat(new KitSecurityProperties(null).allPublicPaths()).contains("/actuator/info");
    }
}
