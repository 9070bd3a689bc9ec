package io.partnerhub.notification.sending;

import io.partnerhub.notification.delivery.SmtpReply;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands emails to SMTP. A sending round opens one {@link SmtpConnection} and sends its chunks
 * over it one after the other, checking between them whether the next chunk's emails are still
 * valid, without reconnecting (a new connection costs ≈ 40 ms).
 */
@Component
class SmtpMailGateway {

    static final SmtpReply ACCEPTED = SmtpReply.of(250, "accepted");

    private final JavaMailSenderImpl mailSender;

    SmtpMailGateway(JavaMailSenderImpl mailSender) {
        this.mailSender = mailSender;
    }

    MimeMessage newMessage() {
        return mailSender.createMimeMessage();
    }

    /** A connection for one round, opened on its first send and kept until closed. */
    SmtpConnection connection() {
        return new SmtpConnection(mailSender);
    }
}
