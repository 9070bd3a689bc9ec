package io.partnerhub.tender.contact;

import java.util.Locale;
import java.util.regex.Pattern;

/** A deliberately plain email check: one @, a dotted domain, no spaces or angle brackets. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^\\s@<>\"()]{1,64}@[^\\s@<>\"()]+\\.[^\\s@<>\"()]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
    }

    /** The form used for comparisons and abuse counters. */
    public static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
