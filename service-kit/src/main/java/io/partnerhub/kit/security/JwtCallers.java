package io.partnerhub.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a {@link Caller} from the claims of a validated token. */
public final class JwtCallers {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String ROLES_CLAIM = "roles";
    public static final String AUTH_TIME_CLAIM = "auth_time";

    private JwtCallers() {
    }

    public static Caller from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        Set<String> roleSet = roles == null ? Set.of() : new HashSet<>(roles);
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(ORGANIZATION_CLAIM), roleSet, authTime(jwt));
    }

    /** auth_time, else the issue time; a token with neither counts as authenticated long ago. */
    private static Instant authTime(Jwt jwt) {
        if (jwt.hasClaim(AUTH_TIME_CLAIM)) {
            return jwt.getClaimAsInstant(AUTH_TIME_CLAIM);
        }
        return jwt.getIssuedAt() != null ? jwt.getIssuedAt() : Instant.EPOCH;
    }
}
