package io.partnerhub.kit.plain;

/** The object existed but can no longer be used: an expired or used link, a closed request (HTTP 410). */
public class GoneException extends RuntimeException {

    public GoneException(String detail) {
        super(detail);
    }

    public GoneException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
