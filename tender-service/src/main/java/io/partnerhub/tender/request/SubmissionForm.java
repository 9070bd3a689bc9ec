package io.partnerhub.tender.request;

import java.math.BigDecimal;
import java.util.List;

/** A tender request exactly as typed by a visitor (R27), before validation. */
public record SubmissionForm(
        String title,
        String description,
        List<String> productCategories,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        String currency,
        String language,
        String region,
        String contactName,
        String contactCompany,
        String contactEmail,
        String contactPhone) {
}
