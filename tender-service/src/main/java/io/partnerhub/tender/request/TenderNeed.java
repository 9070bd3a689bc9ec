package io.partnerhub.tender.request;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.money.BudgetRange;

import java.util.List;

/** What the requester needs: validated plain text, never HTML. */
public record TenderNeed(
        String title,
        String description,
        List<String> productCategories,
        BudgetRange budget,
        Language language,
        String region) {

    public TenderNeed {
        productCategories = List.copyOf(productCategories);
    }
}
