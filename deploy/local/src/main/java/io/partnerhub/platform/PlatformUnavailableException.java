package io.partnerhub.platform;

/** The chosen platform mode cannot run on this machine (e.g. containers without Docker). */
public class PlatformUnavailableException extends IllegalStateException {

    public PlatformUnavailableException(String message) {
        super(message);
    }
}
