package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.config.NotificationProperties;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.EmailContent;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Builds the MIME message of a delivery: multipart/alternative, plain text first, then HTML. */
@Component
public class EmailComposer {

    static final String NOTIFICATION_ID_HEADER = "X-Partnerhub-Notification-Id";

    private final NotificationProperties properties;

    EmailComposer(NotificationProperties properties) {
        this.properties = properties;
    }

    public MimeMessage compose(Delivery delivery, MimeMessage message) {
        EmailContent content = delivery.content().orElseThrow();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.fromAddress(), properties.fromName(), "UTF-8"));
            helper.setTo(new InternetAddress(delivery.recipient().email(), delivery.recipient().name(), "UTF-8"));
            helper.setSubject(content.subject());
            helper.setText(content.text(), content.html());
            message.setHeader(NOTIFICATION_ID_HEADER, delivery.id().toString());
            // stable per delivery (and per deliberate resend): a copy re-sent after a crash can be
            // recognised by the receiving side; JavaMailSenderImpl keeps a Message-ID set here
            message.setHeader("Message-ID", "<" + delivery.id() + "." + delivery.roundStart() + "@notification.partnerhub>");
            message.setHeader("Content-Language", delivery.recipient().language().name().toLowerCase());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot compose email " + delivery.id(), e);
        }
    }
}
