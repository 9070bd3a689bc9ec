package io.partnerhub.tender.request;

import java.text.Normalizer;

/**
 * Rules for free text that will later be shown in emails and pages. It is stored as typed
 * (trimmed, NFC) and always escaped when rendered; here we only refuse control characters,
 * which have no business in a title or a name.
 */
final class PlainText {

    private PlainText() {
    }

    static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    static boolean hasControlCharacters(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    }
}
