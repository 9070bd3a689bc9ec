package io.partnerhub.notification.delivery;

import java.time.Duration;
import java.util.UUID;

/**
 * A chunk's hold on the invitations whose emails it is about to hand to SMTP: partnership-service
 * lets a cancel or resend of a held invitation answer only once the hold is released or expired.
 * So this side must not start an email under the hold once too little of it is left for the
 * longest SMTP exchange of one message (connect, write and reply timeouts): one that started
 * earlier is accepted or refused before the hold ends.
 */
public final class SendHold {

    private final String holder = UUID.randomUUID().toString();
    private final Duration duration;
    private final Duration longestSend;
    private long askedAtNanos;
    private boolean taken;

    public SendHold(Duration duration, Duration longestSend) {
        requireRoomToSend(duration, longestSend);
        this.duration = duration;
        this.longestSend = longestSend;
    }

    /** A hold no longer than one SMTP exchange could never let an email out. */
    public static void requireRoomToSend(Duration duration, Duration longestSend) {
        if (duration.compareTo(longestSend) <= 0) {
            throw new IllegalArgumentException("partnerhub.notification.checks.send-hold of " + duration + " leaves "
                    + "no time to send within it: the longest SMTP exchange of one message takes " + longestSend);
        }
    }

    public String holder() {
        return holder;
    }

    public Duration duration() {
        return duration;
    }

    /** Called right before the owner is asked: the hold cannot have begun earlier than this. */
    public void asking() {
        if (!taken) {
            askedAtNanos = System.nanoTime();
            taken = true;
        }
    }

    /** Whether the owner was asked for it, so that it is to be released. */
    public boolean taken() {
        return taken;
    }

    /** Whether an email under this hold may still be handed to SMTP now. */
    public boolean leavesTimeToSend() {
        return taken && System.nanoTime() - askedAtNanos < duration.minus(longestSend).toNanos();
    }
}
