package io.partnerhub.tender.contact;

import java.util.Locale;

/** The languages the provider's site speaks (R35). */
public enum Language {
    ES, DE, EN, FR, IT;

    /** Accepts "fr", "FR", "fr-CH"; refuses anything else. */
    public static Language parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("language is required (es, de, en, fr, it)");
        }
        String primary = code.trim().split("[-_]")[0].toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + code + "' (es, de, en, fr, it)");
    }
}
