package io.partnerhub.partnership.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A person reachable by email, in their language. */
public record Contact(String email, Language language, String name) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Contact {
        Objects.requireNonNull(email, "email");
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email is not a valid address: " + email);
        }
        language = language == null ? Language.EN : language;
    }
}
