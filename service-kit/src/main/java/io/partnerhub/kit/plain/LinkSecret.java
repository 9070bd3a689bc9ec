package io.partnerhub.kit.plain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in an emailed single-use link (an invitation's accept/decline link, a tender
 * requester's cancel link): 32 random bytes from SecureRandom, base64url without padding (43
 * characters). Only its SHA-256 hash is stored, so whoever reads the database cannot act on a link.
 */
public record LinkSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    public static LinkSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new LinkSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The hex SHA-256 to store in place of the secret. */
    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A secret of the generated shape; anything else is refused before touching the database. */
    public static boolean looksValid(String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    /** Whether the presented secret is the one whose hash was stored, compared in constant time. */
    public static boolean matches(String storedHash, String presented) {
        return storedHash != null && presented != null && MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII), hashOf(presented).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "LinkSecret[***]";
    }
}
