package io.partnerhub.kit.plain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that seal link secrets, written {@code kid:base64key[,kid:base64key…]}
 * ({@code partnerhub.link-tokens.keys}). The first key seals; every key opens, so a new key is
 * put first and the old one stays behind it until no event sealed with it is still pending.
 * Messages never echo key material.
 */
public final class SealKeyRing {

    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;

    private SealKeyRing(Map<String, SecretKey> keys) {
        this.keys = keys;
    }

    /** The ring written in {@code spec}; null or blank is the empty ring (nothing is sealed). */
    public static SealKeyRing parse(String spec) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return new SealKeyRing(keys);
        }
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            String where = "partnerhub.link-tokens.keys, entry " + (i + 1);
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": expected kid:base64key");
            }
            String id = entry.substring(0, colon).trim();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + ": the key id must be 1-32 of A-Z a-z 0-9 _ -");
            }
            if (keys.put(id, aesKey(entry.substring(colon + 1).trim(), where + " (" + id + ")")) != null) {
                throw new IllegalArgumentException(where + ": key id " + id + " appears twice");
            }
        }
        return new SealKeyRing(keys);
    }

    /** A new ring entry {@code kid:base64key} with 32 random bytes, e.g. for a local run or a test. */
    public static String generateEntry(String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("the key id must be 1-32 of A-Z a-z 0-9 _ -");
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return keyId + ":" + Base64.getEncoder().encodeToString(key);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The id of the key that seals; empty for the empty ring. */
    public Optional<String> sealingKeyId() {
        return keys.keySet().stream().findFirst();
    }

    public List<String> keyIds() {
        return new ArrayList<>(keys.keySet());
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /** Standard or URL-safe base64, padded or not: whatever {@code openssl rand -base64 32} or a vault hands out. */
    private static SecretKey aesKey(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": the key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(where + ": the key must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public String toString() {
        return "SealKeyRing" + keys.keySet();
    }
}
