package io.partnerhub.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import io.partnerhub.platform.mail.ReceivedEmail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * When each email reached the SMTP server (from now on), seen by polling it every 5 ms: the clock
 * ({@link System#nanoTime()}) a test compares with the moment a change was confirmed to it.
 */
final class SmtpArrivals implements AutoCloseable {

    /** One email for one recipient, and when it was first seen at the server. */
    record Arrival(int index, String recipient, String subject, long seenNanos) {
    }

    private final GreenMail smtp;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private int seen;

    SmtpArrivals(GreenMail smtp) {
        this.smtp = smtp;
        this.seen = smtp.getReceivedMessages().length;
        poller.scheduleWithFixedDelay(this::poll, 0, 5, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        long now = System.nanoTime();
        MimeMessage[] messages = smtp.getReceivedMessages();
        for (int i = seen; i < messages.length; i++) {
            try {
                for (Address to : messages[i].getRecipients(Message.RecipientType.TO)) {
                    String address = (to instanceof InternetAddress internet ? internet.getAddress() : to.toString())
                            .toLowerCase(Locale.ROOT);
                    firstSeen.putIfAbsent(address, now);
                    arrivals.add(new Arrival(i, address, messages[i].getSubject(), now));
                }
            } catch (MessagingException unreadable) {
                // not one of ours: tests wait for their own recipients only
            }
        }
        seen = messages.length;
    }

    boolean containsAll(Iterable<String> recipients) {
        for (String recipient : recipients) {
            if (!firstSeen.containsKey(recipient.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** When the recipient's first email was seen. */
    long at(String recipient) {
        return firstSeen.get(recipient.toLowerCase(Locale.ROOT));
    }

    List<Arrival> matching(Predicate<Arrival> match) {
        return arrivals.stream().filter(match).toList();
    }

    /** The whole email that arrived. */
    ReceivedEmail email(Arrival arrival) {
        return ReceivedEmail.of(arrival.index(), smtp.getReceivedMessages()[arrival.index()]);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
