package io.partnerhub.tender.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in the requester's emailed link (R31): 32 random bytes, base64url. Only its SHA-256
 * hash is stored, so a database reader cannot cancel anybody's request.
 */
public record RequesterToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public static RequesterToken issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new RequesterToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A token of the right shape; anything else is rejected before touching the database. */
    public static boolean looksValid(String token) {
        return token != null && token.matches("^[A-Za-z0-9_-]{43}$");
    }

    @Override
    public String toString() {
        return "RequesterToken[****]";
    }
}
