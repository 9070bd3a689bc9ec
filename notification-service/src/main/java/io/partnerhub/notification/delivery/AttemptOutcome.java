package io.partnerhub.notification.delivery;

/** What one SMTP attempt came to. */
public enum AttemptOutcome {
    /** The server accepted the message (2xx). */
    ACCEPTED,
    /** Worth trying again later: 4xx, a timeout, no connection, an unexpected reply. */
    TRANSIENT_FAILURE,
    /** Trying again cannot help: 5xx (unknown mailbox, refused content, ...). */
    PERMANENT_FAILURE
}
