package io.partnerhub.partnership.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an emailed accept/decline link: 32 random bytes from SecureRandom, base64url
 * without padding (43 characters). Only its SHA-256 hash is ever stored.
 */
public record LinkToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static LinkToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "LinkToken[***]";
    }
}
