package io.partnerhub.tender.contact;

import java.util.Objects;

/** Who asked for offers (R27): disclosed only to partners that reveal the request (R29). */
public record RequesterContact(String name, String company, String email, String phone, Language language) {

    public RequesterContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
