package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.delivery.SmtpReply;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Hands emails to SMTP. A sending round opens one {@link SmtpConnection} and sends its chunks
 * over it one after the other, checking between them whether the next chunk's emails are still
 * valid, without reconnecting (a new connection costs ≈ 40 ms).
 */
@Component
public class SmtpMailGateway {

    static final SmtpReply ACCEPTED = SmtpReply.of(250, "accepted");

    private final JavaMailSenderImpl mailSender;

    SmtpMailGateway(JavaMailSenderImpl mailSender) {
        this.mailSender = mailSender;
    }

    public MimeMessage newMessage() {
        return mailSender.createMimeMessage();
    }

    /**
     * The longest one message can take over a connection: connect, write and reply timeouts
     * ({@code spring.mail.properties.mail.smtp.*}, in ms). Without all three, Jakarta Mail waits forever.
     */
    public Duration longestSend() {
        long millis = 0;
        for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.writetimeout", "mail.smtp.timeout")) {
            String value = mailSender.getJavaMailProperties().getProperty(timeout);
            if (value == null || value.isBlank() || Long.parseLong(value.trim()) <= 0) {
                throw new IllegalStateException("spring.mail.properties." + timeout + " must be set (ms): without it "
                        + "an SMTP exchange has no end, and no send hold can cover it");
            }
            millis += Long.parseLong(value.trim());
        }
        return Duration.ofMillis(millis);
    }

    /** A connection for one round, opened on its first send and kept until closed. */
    public SmtpConnection connection() {
        return new SmtpConnection(mailSender);
    }
}
