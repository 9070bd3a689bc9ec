package io.partnerhub.partnership.partner;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The company's entry in a commercial register (R1): the Swiss UID (CHE-123.456.789), a French
 * SIRET (14 digits, Luhn checked) or, elsewhere, an equivalent register number.
 */
public record CommercialRegistration(String registerId, String country) {

    private static final Pattern SWISS_UID = Pattern.compile("^CHE-?\\d{3}\\.?\\d{3}\\.?\\d{3}$");
    private static final Pattern SIRET = Pattern.compile("^\\d{14}$");
    private static final Pattern OTHER = Pattern.compile("^[A-Z0-9][A-Z0-9 ./-]{3,30}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    public CommercialRegistration {
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(country, "country");
        country = country.trim().toUpperCase(Locale.ROOT);
        registerId = registerId.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code");
        }
        if (!validFor(registerId, country)) {
            throw new IllegalArgumentException("commercial register id is not valid for " + country);
        }
    }

    private static boolean validFor(String id, String country) {
        return switch (country) {
            case "CH" -> SWISS_UID.matcher(id).matches();
            case "FR" -> SIRET.matcher(id.replace(" ", "")).matches() && luhn(id.replace(" ", ""));
            default -> OTHER.matcher(id).matches();
        };
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
