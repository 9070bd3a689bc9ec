package io.partnerhub.platform.tokens;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuerTest {

    static final TokenIssuer ISSUER = TokenIssuer.start();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void issuesTokensVerifiableWithThePublishedKeySet() throws Exception {
        Instant authTime = Instant.parse("2026-11-26T10:00:00Z");
        SignedJWT jwt = SignedJWT.parse(ISSUER.issue("u-1", "o-1", Set.of("ADMIN"), authTime));
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("u-1");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("o-1");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
        assertThat(jwt.getJWTClaimsSet().getLongClaim("auth_time")).isEqualTo(authTime.getEpochSecond());
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new java.util.Date());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(publishedKey().getKeyID());
    }

    @Test
    void anExpiredCopyKeepsTheClaimsAndIsSignedButExpired() throws Exception {
        String token = ISSUER.issue("u-1", "o-1", Set.of("ADMIN"));
        SignedJWT expired = SignedJWT.parse(ISSUER.expiredCopyOf(token));
        assertThat(expired.verify(new RSASSAVerifier(publishedKey()))).isTrue();
        assertThat(expired.getJWTClaimsSet().getSubject()).isEqualTo("u-1");
        assertThat(expired.getJWTClaimsSet().getStringClaim("org")).isEqualTo("o-1");
        assertThat(expired.getJWTClaimsSet().getAudience()).containsExactly(TokenIssuer.AUDIENCE);
        assertThat(expired.getJWTClaimsSet().getExpirationTime()).isBefore(new java.util.Date());
        assertThat(expired.getJWTClaimsSet().getJWTID()).isNotEqualTo(SignedJWT.parse(token).getJWTClaimsSet().getJWTID());
    }

    @Test
    void theKeySetIsAlsoAtTheWellKnownPath() throws Exception {
        String wellKnown = ISSUER.issuerUri() + "/.well-known/jwks.json";
        String json = HTTP.send(HttpRequest.newBuilder(URI.create(wellKnown)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(JWKSet.parse(json).getKeys().get(0).toRSAKey()).isEqualTo(publishedKey());
    }

    @Test
    void theTokenEndpointIssuesFromJson() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER.tokenUri()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"u-9\",\"organizationId\":\"o-9\","
                        + "\"roles\":[\"LEGAL_REPRESENTATIVE\"],\"authTime\":1764151200,\"email\":\"a@b.ch\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String token = response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("email")).isEqualTo("a@b.ch");
        assertThat(jwt.getJWTClaimsSet().getLongClaim("auth_time")).isEqualTo(1764151200L);
    }

    @Test
    void theTokenEndpointRefusesABodyWithoutUser() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER.tokenUri()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"roles\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
    }

    @Test
    void aKeptKeySurvivesARestart(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("token-key.jwk");
        String token;
        try (TokenIssuer first = TokenIssuer.start(keyFile, 0)) {
            token = first.issue("u-1", "o-1", Set.of());
        }
        try (TokenIssuer second = TokenIssuer.start(keyFile, 0)) {
            RSAKey key = JWKSet.parse(second.jwkSetJson()).getKeys().get(0).toRSAKey();
            assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(key))).isTrue();
            assertThat(key.isPrivate()).isFalse();
        }
    }

    private static RSAKey publishedKey() throws Exception {
        String json = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER.jwkSetUri())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return JWKSet.parse(json).getKeys().get(0).toRSAKey();
    }
}
