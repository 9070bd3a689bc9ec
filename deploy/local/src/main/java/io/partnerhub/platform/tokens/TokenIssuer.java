package io.partnerhub.platform.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The development identity provider: signs RS256 tokens with the claims services expect
 * ({@code sub}, {@code org}, {@code roles}, {@code auth_time}, {@code email}?, {@code exp}) and
 * publishes its public key as a JWK set ({@link #jwkSetUri()}); {@code POST /token} issues one over
 * HTTP for scripts. Production uses a real authorization server.
 */
public final class TokenIssuer implements AutoCloseable {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    /** The audience every Partnerhub service accepts ({@code aud}; the services' {@code JWT_AUDIENCE}). */
    public static final String AUDIENCE = "partnerhub";

    private final RSAKey key;
    private final RSASSASigner signer;
    private final Clock clock;
    private final Duration lifetime;
    private final TokenHttpServer server;

    private TokenIssuer(RSAKey key, Clock clock, Duration lifetime, int port) {
        try {
            this.key = key;
            this.signer = new RSASSASigner(key);
            this.clock = clock;
            this.lifetime = lifetime;
            this.server = TokenHttpServer.start(this, port);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key", e);
        }
    }

    /** A fresh key, a free port: for tests. */
    public static TokenIssuer start() {
        return new TokenIssuer(SigningKey.generate(), Clock.systemUTC(), DEFAULT_LIFETIME, 0);
    }

    /** A key kept in {@code keyFile} (created on first run), on {@code port} (0 = any free port). */
    public static TokenIssuer start(Path keyFile, int port) {
        return new TokenIssuer(SigningKey.loadOrCreate(keyFile), Clock.systemUTC(), DEFAULT_LIFETIME, port);
    }

    public String issue(String userId, String organizationId, Set<String> roles) {
        return issue(new TokenRequest(userId, organizationId, roles, null, null));
    }

    public String issue(String userId, String organizationId, Set<String> roles, Instant authTime) {
        return issue(new TokenRequest(userId, organizationId, roles, authTime, null));
    }

    public String issue(TokenRequest request) {
        Instant now = clock.instant();
        Instant authTime = request.authTime() != null ? request.authTime() : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .audience(AUDIENCE)
                .subject(request.userId())
                .claim("org", request.organizationId())
                .claim("roles", List.copyOf(request.roles()))
                .claim("auth_time", authTime.getEpochSecond())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (request.email() != null) {
            claims.claim("email", request.email());
        }
        return sign(claims.build());
    }

    /** A service's own token (client credentials): the client id as subject, role SERVICE, no organization. */
    public String issueForService(String clientId) {
        Instant now = clock.instant();
        return sign(new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .audience(AUDIENCE)
                .subject(clientId)
                .claim("roles", List.of("SERVICE"))
                .claim("client_id", clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    /**
     * The token's claims signed again, issued nine hours ago and expired ten minutes ago, with this
     * issuer and audience: what a caller whose session ran out presents (tests of expired tokens).
     */
    public String expiredCopyOf(String token) {
        JWTClaimsSet claims;
        try {
            claims = SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a signed JWT", e);
        }
        Instant now = clock.instant();
        return sign(new JWTClaimsSet.Builder(claims)
                .issuer(issuerUri())
                .audience(AUDIENCE)
                .issueTime(Date.from(now.minus(Duration.ofHours(9))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    /** Signs arbitrary claims (tests of malformed or expired tokens). */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String issuerUri() {
        return server.baseUri();
    }

    public String jwkSetUri() {
        return server.baseUri() + TokenHttpServer.JWKS_PATH;
    }

    public String tokenUri() {
        return server.baseUri() + TokenHttpServer.TOKEN_PATH;
    }

    /** The OAuth 2.0 token endpoint for the client credentials grant (services' own tokens). */
    public String oauth2TokenUri() {
        return server.baseUri() + TokenHttpServer.OAUTH2_TOKEN_PATH;
    }

    public Duration lifetime() {
        return lifetime;
    }

    @Override
    public void close() {
        server.stop();
    }
}
