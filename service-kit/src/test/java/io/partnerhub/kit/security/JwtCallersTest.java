package io.partnerhub.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwtCallersTest {

    static final Instant ISSUED = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void readsUserOrganizationRolesAndAuthTime() {
        Jwt jwt = jwt().claim("auth_time", ISSUED.minusSeconds(30).getEpochSecond()).build();
        Caller caller = JwtCallers.from(jwt);
        assertThat(caller.userId()).isEqualTo("u-1");
        assertThat(caller.organizationId()).isEqualTo("o-1");
        assertThat(caller.roles()).containsExactlyInAnyOrder("ADMIN", "COLLABORATOR");
        assertThat(caller.hasRole(Caller.ADMIN)).isTrue();
        assertThat(caller.hasRole(Caller.LEGAL_REPRESENTATIVE)).isFalse();
        assertThat(caller.hasAnyRole(Caller.OPS, Caller.COLLABORATOR)).isTrue();
        assertThat(caller.authTime()).isEqualTo(ISSUED.minusSeconds(30));
    }

    @Test
    void withoutAuthTimeTheIssueTimeCounts() {
        assertThat(JwtCallers.from(jwt().build()).authTime()).isEqualTo(ISSUED);
    }

    @Test
    void withoutRolesTheCallerHasNone() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-2").claim("org", "o-2").build();
        Caller caller = JwtCallers.from(jwt);
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.authTime()).isEqualTo(Instant.EPOCH);
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1").claim("org", "o-1")
                .claim("roles", List.of("ADMIN", "COLLABORATOR")).issuedAt(ISSUED).expiresAt(ISSUED.plusSeconds(3600));
    }
}
