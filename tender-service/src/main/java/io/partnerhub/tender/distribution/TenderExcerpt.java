package io.partnerhub.tender.distribution;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.money.BudgetRange;

import java.util.List;

/** What every matching partner may see of a request (R28): never the requester's contact. */
public record TenderExcerpt(String title, String summary, List<String> productCategories, Language language,
                            String region, BudgetRange budget) {

    public static final int SUMMARY_LENGTH = 280;

    public TenderExcerpt {
        productCategories = List.copyOf(productCategories);
    }

    /** The description cut at a word boundary near {@value #SUMMARY_LENGTH} characters. */
    public static String summarize(String description) {
        if (description.length() <= SUMMARY_LENGTH) {
            return description;
        }
        int cut = description.lastIndexOf(' ', SUMMARY_LENGTH);
        if (cut < SUMMARY_LENGTH / 2) {
            cut = SUMMARY_LENGTH;
        }
        return description.substring(0, cut).strip() + "…";
    }
}
