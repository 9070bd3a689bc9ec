package io.partnerhub.notification.sending;

import io.partnerhub.notification.delivery.SmtpReply;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a batch of emails to SMTP with one {@code JavaMailSender.send(MimeMessage...)} call, which
 * opens one connection for the whole batch (re-opening it only if the server drops it), and says
 * per email what the server answered.
 */
@Component
class SmtpMailGateway {

    static final SmtpReply ACCEPTED = SmtpReply.of(250, "accepted");

    private final JavaMailSender mailSender;

    SmtpMailGateway(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    MimeMessage newMessage() {
        return mailSender.createMimeMessage();
    }

    /** The reply per message, in the order given. */
    Map<MimeMessage, SmtpReply> send(List<MimeMessage> messages) {
        Map<Object, Exception> failed = Map.of();
        SmtpReply allFailed = null;
        try {
            mailSender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
        } catch (MailException e) {
            allFailed = SmtpReplies.of(e);
        }
        Map<MimeMessage, SmtpReply> replies = new IdentityHashMap<>();
        for (MimeMessage message : messages) {
            Exception failure = failed.get(message);
            replies.put(message, allFailed != null ? allFailed : failure == null ? ACCEPTED : SmtpReplies.of(failure));
        }
        return replies;
    }
}
