package io.partnerhub.tender.proposal;

import io.partnerhub.tender.money.Money;

import java.text.Normalizer;
import java.util.Optional;

/** A partner's answer to a request (R30): plain text and an optional price. */
public record ProposalDraft(String text, Money price) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 5000;

    public ProposalDraft {
        text = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("proposal text must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException("proposal text contains control characters");
        }
    }

    public Optional<Money> offeredPrice() {
        return Optional.ofNullable(price);
    }
}
