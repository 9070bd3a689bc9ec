package io.partnerhub.notification.delivery.application;

/**
 * Storing a batch failed from the event at {@link #event()} on (its position in the batch): the
 * events before it are stored; it and the ones after must come again (their stored emails are
 * then recognised by their keys).
 */
public class IntakeFailedException extends RuntimeException {

    private final int event;

    IntakeFailedException(int event, Throwable cause) {
        super("could not store the emails of event " + event + " of the batch: " + cause.getMessage(), cause);
        this.event = event;
    }

    public int event() {
        return event;
    }
}
