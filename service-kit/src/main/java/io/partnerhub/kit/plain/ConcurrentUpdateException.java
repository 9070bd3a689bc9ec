package io.partnerhub.kit.plain;

/** Other writers kept changing the same object while it was being decided on; nothing was written (HTTP 409). */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String what) {
        super(what + " is changing too fast; try again");
    }
}
