package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.delivery.SmtpReply;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One SMTP connection (Jakarta Mail {@link Transport}) kept open across the chunks of a sending
 * round: connected on the first message, {@code sendMessage} per message, closed at the end. What
 * {@code JavaMailSenderImpl.send(MimeMessage...)} does for one array, spread over several calls:
 * the same host, port, credentials and session properties ({@code spring.mail.*}), the same
 * per-message refusals, the same kept {@code Message-ID}. Whether the server is still there is
 * asked (NOOP) at the start of each chunk — time passes there while the next chunk is checked —
 * and after a refused message; a server that dropped the connection gets a new one.
 */
public final class SmtpConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final JavaMailSenderImpl settings;
    private Transport transport;
    private int connects;

    SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    /** The reply per message; a connection that cannot be opened is the reply of every message left. */
    public Map<MimeMessage, SmtpReply> send(List<MimeMessage> messages) {
        return send(messages, message -> true);
    }

    /**
     * As {@link #send(List)}, but a message for which {@code mayStart} says no when its turn comes
     * is not sent and has no reply.
     */
    public Map<MimeMessage, SmtpReply> send(List<MimeMessage> messages, Predicate<MimeMessage> mayStart) {
        Map<MimeMessage, SmtpReply> replies = new IdentityHashMap<>();
        boolean mustAsk = true;
        for (int i = 0; i < messages.size(); i++) {
            MimeMessage message = messages.get(i);
            if (!mayStart.test(message)) {
                continue;
            }
            try {
                ensureConnected(mustAsk);
            } catch (MessagingException | RuntimeException e) {
                SmtpReply noConnection = SmtpReplies.of(e);
                for (int rest = i; rest < messages.size(); rest++) {
                    replies.put(messages.get(rest), noConnection);
                }
                return replies;
            }
            SmtpReply reply = sendOne(message);
            replies.put(message, reply);
            mustAsk = reply != SmtpMailGateway.ACCEPTED;
        }
        return replies;
    }

    /** How many times this round connected (1 unless the server dropped the connection). */
    public int connects() {
        return connects;
    }

    private void ensureConnected(boolean ask) throws MessagingException {
        if (transport != null && (!ask || transport.isConnected())) {
            return;
        }
        closeQuietly();
        String username = settings.getUsername();
        String password = settings.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        Transport opened = settings.getProtocol() == null ? settings.getSession().getTransport()
                : settings.getSession().getTransport(settings.getProtocol());
        opened.connect(settings.getHost(), settings.getPort(), username, password);
        transport = opened;
        connects++;
    }

    private SmtpReply sendOne(MimeMessage message) {
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) {
                // saveChanges writes a new Message-ID: keep the stable one the composer set
                message.setHeader("Message-ID", messageId);
            }
            Address[] addresses = message.getAllRecipients();
            transport.sendMessage(message, addresses != null ? addresses : new Address[0]);
            return SmtpMailGateway.ACCEPTED;
        } catch (MessagingException | RuntimeException e) {
            return SmtpReplies.of(e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the SMTP connection failed (the messages' replies stand): {}", e.toString());
            }
            transport = null;
        }
    }
}
