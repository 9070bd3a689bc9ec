package io.partnerhub.notification.delivery;

import java.util.Objects;

/** A written email: the localized subject, the HTML body and its plain-text alternative. */
public record EmailContent(String subject, String html, String text) {

    public EmailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
