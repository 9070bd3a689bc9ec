package io.partnerhub.platform.local;

/** A demo step that did not come out as the story says. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }
}
