package io.partnerhub.billing.contact;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an organization's billing emails go to, in which language: renewal reminders and lapsed
 * subscriptions reach the payer's billing contact. Each organization (customer or partner) sets its own.
 */
public record BillingContact(String organizationId, String email, Language language, String name) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,63}$");

    public BillingContact {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(language, "language");
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email must be an email address");
        }
        if (name != null && (name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("name must be 1 to 200 printable characters");
        }
    }
}
