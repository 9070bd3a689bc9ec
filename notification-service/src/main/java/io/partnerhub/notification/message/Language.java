package io.partnerhub.notification.message;

import java.util.Locale;

/** The languages the provider's site speaks (R35). Anything else falls back to English. */
public enum Language {
    ES, DE, EN, FR, IT;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    /** The language for a code such as "fr" or "FR"; English when unknown or missing. */
    public static Language fromCode(String code) {
        if (code == null) {
            return EN;
        }
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code.trim())) {
                return language;
            }
        }
        return EN;
    }
}
