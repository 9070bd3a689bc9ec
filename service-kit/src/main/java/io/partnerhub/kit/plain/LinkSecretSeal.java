package io.partnerhub.kit.plain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a link secret for the event that carries it to the emailing service, so that the other
 * readers of the topic cannot act on the link: AES-256-GCM with a random 96-bit IV, written
 * {@code v1.<kid>.<base64url(iv ‖ ciphertext ‖ tag)>}. The associated data (the event's id) binds a
 * sealed value to its event: pasted into another event it does not open. The header
 * {@code v1.<kid>} is authenticated too.
 *
 * <p>A raw secret has no dot (base64url), so any value starting {@code v<digits>.} is sealed and
 * anything else is a raw secret: from events written before sealing, or by a service without keys.
 */
public final class LinkSecretSeal {

    private static final String VERSION = "v1";
    private static final Pattern SEALED = Pattern.compile("^v[0-9]+\\..*", Pattern.DOTALL);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SealKeyRing keys;

    public LinkSecretSeal(SealKeyRing keys) {
        this.keys = keys;
    }

    public static LinkSecretSeal withKeys(String keyRingSpec) {
        return new LinkSecretSeal(SealKeyRing.parse(keyRingSpec));
    }

    /** Whether {@link #seal} seals (a key is configured) or passes secrets through unchanged. */
    public boolean seals() {
        return !keys.isEmpty();
    }

    public SealKeyRing keys() {
        return keys;
    }

    public static boolean isSealed(String value) {
        return value != null && SEALED.matcher(value).matches();
    }

    /** The secret sealed with the ring's first key for the event {@code associatedData}; unchanged without keys. */
    public String seal(String secret, String associatedData) {
        if (!seals()) {
            return secret;
        }
        String keyId = keys.sealingKeyId().orElseThrow();
        String header = VERSION + "." + keyId;
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.key(keyId).orElseThrow(), iv, header, associatedData,
                secret.getBytes(StandardCharsets.UTF_8));
        byte[] ivAndSealed = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, ivAndSealed, 0, IV_BYTES);
        System.arraycopy(sealed, 0, ivAndSealed, IV_BYTES, sealed.length);
        return header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(ivAndSealed);
    }

    /**
     * The secret in {@code value}: opened if it is sealed, as it is otherwise (see the class comment).
     *
     * @throws CannotOpenSealException a sealed value this ring cannot open for this event
     */
    public String open(String value, String associatedData) {
        if (!isSealed(value)) {
            return value;
        }
        String[] parts = value.split("\\.", -1);
        if (!parts[0].equals(VERSION)) {
            throw new CannotOpenSealException("sealed in format " + parts[0] + ", this service reads " + VERSION);
        }
        if (parts.length != 3) {
            throw new CannotOpenSealException("malformed sealed value: expected v1.<kid>.<data>");
        }
        String keyId = parts[1];
        SecretKey key = keys.key(keyId).orElseThrow(() -> new CannotOpenSealException(
                "sealed with key id '" + keyId + "', which is not in the key ring " + keys.keyIds()));
        byte[] ivAndSealed = decode(parts[2]);
        if (ivAndSealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new CannotOpenSealException("malformed sealed value: too short");
        }
        byte[] iv = Arrays.copyOfRange(ivAndSealed, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(ivAndSealed, IV_BYTES, ivAndSealed.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, iv, VERSION + "." + keyId, associatedData, sealed),
                StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] iv, String header, String associatedData,
                                byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            // the header cannot contain a line break, so header and event id cannot be shifted into each other
            cipher.updateAAD((header + "\n" + associatedData).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new CannotOpenSealException("sealed value does not authenticate with key '"
                    + header.substring(VERSION.length() + 1) + "': tampered with, or sealed for another event");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] decode(String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new CannotOpenSealException("malformed sealed value: the data is not base64url");
        }
    }

    @Override
    public String toString() {
        return "LinkSecretSeal" + keys.keyIds();
    }
}
