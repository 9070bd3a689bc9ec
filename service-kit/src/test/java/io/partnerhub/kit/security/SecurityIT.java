package io.partnerhub.kit.security;

import io.partnerhub.kit.KitIT;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.tokens.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@KitIT
class SecurityIT {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    RestTestClient client;

    TokenIssuer tokens = EmbeddedPlatform.shared().tokens();

    @Test
    void missingTokenIsA401ProblemWithBearerChallenge() {
        client.get().uri("/test/whoami").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "^Bearer.*")
                .expectBody().jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo("/test/whoami");
    }

    @Test
    void invalidTokenIsA401ProblemWithInvalidTokenChallenge() {
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*error=\"invalid_token\".*");
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = tokens.sign(new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("u-1").claim("org", "o-1")
                .issueTime(java.util.Date.from(past)).expirationTime(java.util.Date.from(past.plusSeconds(60))).build());
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTokenSignedByTheRightKeyButFromAForeignIssuerIsRefused() {
        String foreign = tokens.sign(validClaims().issuer("http://evil.example").build());
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + foreign).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*error=\"invalid_token\".*");
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        String otherAudience = tokens.sign(validClaims().audience("another-platform").build());
        String noAudience = tokens.sign(validClaims().audience((String) null).build());
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAudience).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + noAudience).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theSameClaimsWithTheRightIssuerAndAudienceAreAccepted() {
        String token = tokens.sign(validClaims().build());
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.userId").isEqualTo("u-1");
    }

    @Test
    void validTokenResolvesTheCaller() {
        Instant authTime = Instant.parse("2026-11-26T10:00:00Z");
        String token = tokens.issue("u-42", "org-7", Set.of("ADMIN", "COLLABORATOR"), authTime);
        client.get().uri("/test/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.userId").isEqualTo("u-42")
                .jsonPath("$.organizationId").isEqualTo("org-7")
                .jsonPath("$.roles[0]").isEqualTo("ADMIN")
                .jsonPath("$.roles[1]").isEqualTo("COLLABORATOR")
                .jsonPath("$.authTime").isEqualTo("2026-11-26T10:00:00Z");
    }

    @Test
    void staleAuthenticationGetsTheStepUpChallenge() {
        String stale = tokens.issue("u-1", "o-1", Set.of("LEGAL_REPRESENTATIVE"), Instant.now().minus(Duration.ofHours(1)));
        client.post().uri("/test/sensitive").header(HttpHeaders.AUTHORIZATION, "Bearer " + stale).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE,
                        "^Bearer error=\"insufficient_user_authentication\", error_description=\".+\", max_age=300$")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.maxAge").isEqualTo(300);
    }

    @Test
    void freshAuthenticationPassesStepUp() {
        String fresh = tokens.issue("u-1", "o-1", Set.of("LEGAL_REPRESENTATIVE"));
        client.post().uri("/test/sensitive").header(HttpHeaders.AUTHORIZATION, "Bearer " + fresh).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.done").isEqualTo("yes");
    }

    private com.nimbusds.jwt.JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(tokens.issuerUri()).audience(TokenIssuer.AUDIENCE)
                .subject("u-1").claim("org", "o-1").claim("roles", java.util.List.of("LEGAL_REPRESENTATIVE"))
                .claim("auth_time", now.getEpochSecond()).issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(300)));
    }

    @Test
    void healthIsPublic() {
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void correlationIdIsEchoed() {
        client.get().uri("/actuator/health/liveness").header("X-Correlation-Id", "corr-123").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "corr-123");
    }
}
