package io.partnerhub.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The key ring ({@code LINK_TOKEN_KEYS}) that seals link secrets in events for the local run: one
 * random AES-256 key per data directory, kept in {@code link-token-keys} there (owner-readable
 * only), so events still pending after a restart can be opened. Edit the file to rotate: put a new
 * {@code kid:base64key} first, keep the old entry behind it.
 */
public final class LinkTokenKeys {

    /** The services that seal (partnership, tender) or open (notification) link secrets. */
    public static final List<String> SERVICES = List.of("partnership-service", "tender-service", "notification-service");
    static final String FILE = "link-token-keys";

    private LinkTokenKeys() {
    }

    public static String loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String keys = generate("local");
            Files.createDirectories(dataDirectory);
            if (Files.getFileStore(dataDirectory).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, keys + System.lineSeparator());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the link token keys " + file, e);
        }
    }

    /** A one-key ring {@code kid:base64key} with 32 random bytes. */
    public static String generate(String keyId) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return keyId + ":" + Base64.getEncoder().encodeToString(key);
    }
}
