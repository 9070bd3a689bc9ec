package io.partnerhub.platform.local;

import io.partnerhub.platform.mail.InboxPage;
import io.partnerhub.platform.mail.ReceivedEmail;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which emails each demo step caused: those the inbox holds that the demo has not seen yet. */
final class DemoInbox {

    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"'<>]+/public/(?:invitation|tender)-links/[A-Za-z0-9_\\-]+");

    private final InboxPage inbox;
    private final Set<String> seen = new HashSet<>();

    DemoInbox(InboxPage inbox) {
        this.inbox = inbox;
        inbox.emails().forEach(email -> seen.add(email.messageId()));
    }

    /** Waits for at least {@code expected} new emails and prints every new one. */
    List<ReceivedEmail> newEmails(int expected) {
        Instant deadline = Instant.now().plus(Eventually.TIMEOUT);
        List<ReceivedEmail> fresh = unseen();
        while (fresh.size() < expected && Instant.now().isBefore(deadline)) {
            Eventually.pause();
            fresh = unseen();
        }
        if (expected > 0) {
            Eventually.pause(); // let a burst of emails caused by the same step arrive together
            fresh = unseen();
        }
        fresh.forEach(email -> {
            seen.add(email.messageId());
            System.out.println("      ✉ to " + String.join(", ", email.to()) + ": " + email.subject());
        });
        if (fresh.size() < expected) {
            throw new DemoFailure("expected " + expected + " email(s), got " + fresh.size());
        }
        return fresh;
    }

    /** The single-use link an email carries (an invitation's answer page, a tender's cancel page). */
    static URI linkIn(ReceivedEmail email) {
        Matcher matcher = LINK.matcher(email.text());
        if (!matcher.find()) {
            throw new DemoFailure("no link with a token in \"" + email.subject() + "\"");
        }
        return URI.create(matcher.group());
    }

    private List<ReceivedEmail> unseen() {
        return inbox.emails().stream().filter(email -> !seen.contains(email.messageId())).toList();
    }
}
