package io.partnerhub.platform.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The issuer's RSA key: fresh per run, or (for the local run) kept in a JWK file so tokens and
 * services survive a restart of the platform.
 */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    /** Loads the key from {@code file}, or generates one and writes it there (owner-readable only). */
    static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key.toJSONString());
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the token key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JWK: " + file, e);
        }
    }
}
