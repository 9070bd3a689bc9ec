package io.partnerhub.platform.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An email the SMTP server received, with its plain-text and HTML bodies pulled out of the MIME tree. */
public record ReceivedEmail(int index, String messageId, List<String> to, String from, String subject,
                            Instant receivedAt, String text, String html) {

    public static ReceivedEmail of(int index, MimeMessage message) {
        try {
            Bodies bodies = new Bodies();
            bodies.collect(message);
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            String messageId = message.getMessageID() != null ? message.getMessageID() : "#" + index;
            return new ReceivedEmail(index, messageId,
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                    message.getFrom() == null ? "" : message.getFrom()[0].toString(),
                    message.getSubject(), received, bodies.text, bodies.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email #" + index, e);
        }
    }

    private static final class Bodies {
        private String text = "";
        private String html = "";

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text.isEmpty()) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html.isEmpty()) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }
}
