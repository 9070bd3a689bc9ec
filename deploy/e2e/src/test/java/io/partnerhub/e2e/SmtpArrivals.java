package io.partnerhub.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import io.partnerhub.platform.mail.ReceivedEmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Appended by the poller only; a copy-on-write list would copy itself once per email of a long run. */
    private final List<Arrival> arrivals = new ArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private int seen;

    SmtpArrivals(GreenMail smtp) {
        this.smtp = smtp;
        this.seen = smtp.getReceivedMessages().length;
        poller.scheduleWithFixedDelay(this::poll, 0, 5, TimeUnit.MILLISECONDS);
    }

    /** Never throws: an exception would end the scheduled polling silently. */
    private void poll() {
        long now = System.nanoTime();
        MimeMessage[] messages = smtp.getReceivedMessages();
        for (int i = seen; i < messages.length; i++) {
            try {
                Address[] recipients = messages[i].getRecipients(Message.RecipientType.TO);
                for (Address to : recipients == null ? new Address[0] : recipients) {
                    String address = (to instanceof InternetAddress internet ? internet.getAddress() : to.toString())
                            .toLowerCase(Locale.ROOT);
                    firstSeen.putIfAbsent(address, now);
                    Arrival arrival = new Arrival(i, address, messages[i].getSubject(), now);
                    synchronized (arrivals) {
                        arrivals.add(arrival);
                    }
                }
            } catch (MessagingException | RuntimeException unreadable) {
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
        synchronized (arrivals) {
            return arrivals.stream().filter(match).toList();
        }
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
