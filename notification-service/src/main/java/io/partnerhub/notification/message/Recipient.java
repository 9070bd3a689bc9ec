package io.partnerhub.notification.message;

import java.util.Locale;
import java.util.regex.Pattern;

/** A person an email must reach, in their language. The name is optional. */
public record Recipient(String email, Language language, String name) {

    private static final Pattern PLAUSIBLE_ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Recipient {
        language = language == null ? Language.EN : language;
        email = email == null ? "" : email.trim();
        name = name == null || name.isBlank() ? null : name.trim();
    }

    /** Whether the address is worth handing to SMTP at all (syntax only, no lookup). */
    public boolean hasPlausibleAddress() {
        return PLAUSIBLE_ADDRESS.matcher(email).matches();
    }

    /** The address as used in idempotency keys: case-insensitive. */
    public String normalizedEmail() {
        return email.toLowerCase(Locale.ROOT);
    }
}
