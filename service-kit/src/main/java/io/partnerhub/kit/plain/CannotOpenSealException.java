package io.partnerhub.kit.plain;

/**
 * A value in the sealed format that this key ring cannot open: an unknown key id or version, a
 * malformed value, or one that does not authenticate (tampered, another key, another event).
 * Retrying cannot help.
 */
public class CannotOpenSealException extends RuntimeException {

    public CannotOpenSealException(String reason) {
        super(reason);
    }
}
