package io.partnerhub.notification.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The platform's GreenMail inbox, read per recipient. */
final class Inbox {

    private final GreenMail greenMail;

    Inbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    /** How many copies of each email arrived, by its {@code X-Partnerhub-Notification-Id}. */
    java.util.Map<String, Long> copiesByNotificationId() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Inbox::notificationId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
    }

    private static String notificationId(MimeMessage message) {
        try {
            return message.getHeader("X-Partnerhub-Notification-Id", null);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The decoded content of the part with the given type ("text/plain" or "text/html"). */
    static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
