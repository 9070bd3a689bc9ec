package io.partnerhub.notification.delivery;

/**
 * The server's answer to one attempt: its reply code and text, or no code at all when the
 * server never answered (connection refused, timeout, connection dropped).
 */
public record SmtpReply(Integer code, String text) {

    public SmtpReply {
        text = text == null ? "" : text.strip();
    }

    public static SmtpReply of(int code, String text) {
        return new SmtpReply(code, text);
    }

    /** The server did not answer: a timeout or a connection problem. */
    public static SmtpReply noReply(String what) {
        return new SmtpReply(null, what);
    }

    /** RFC 5321 classes: 2xx accepted, 4xx transient, 5xx permanent; no reply is transient. */
    public AttemptOutcome outcome() {
        if (code == null) {
            return AttemptOutcome.TRANSIENT_FAILURE;
        }
        if (code >= 200 && code < 300) {
            return AttemptOutcome.ACCEPTED;
        }
        if (code >= 500 && code < 600) {
            return AttemptOutcome.PERMANENT_FAILURE;
        }
        return AttemptOutcome.TRANSIENT_FAILURE;
    }

    @Override
    public String toString() {
        return code == null ? "(no reply) " + text : code + " " + text;
    }
}
