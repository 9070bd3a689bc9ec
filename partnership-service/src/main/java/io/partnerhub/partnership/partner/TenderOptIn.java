package io.partnerhub.partnership.partner;

import io.partnerhub.partnership.shared.Language;

import java.util.Set;

/** Whether a partner receives tender requests (R4), optionally only some categories/languages. */
public record TenderOptIn(boolean optedIn, Set<String> productCategories, Set<Language> languages) {

    public TenderOptIn {
        productCategories = Set.copyOf(productCategories == null ? Set.of() : productCategories);
        languages = Set.copyOf(languages == null ? Set.of() : languages);
        if (!optedIn && (!productCategories.isEmpty() || !languages.isEmpty())) {
            productCategories = Set.of();
            languages = Set.of();
        }
    }

    public static TenderOptIn out() {
        return new TenderOptIn(false, Set.of(), Set.of());
    }
}
