package io.partnerhub.tender.request.web;

import io.partnerhub.tender.request.SubmissionForm;

import java.math.BigDecimal;
import java.util.List;

/** JSON body of POST /public/tenders. Validation happens in the domain, with every reason at once. */
public record SubmitTenderBody(String title, String description, List<String> productCategories, Budget budget,
                               String language, String region, Contact contact) {

    public record Budget(BigDecimal min, BigDecimal max, String currency) {
    }

    public record Contact(String name, String company, String email, String phone) {
    }

    SubmissionForm form() {
        Budget b = budget == null ? new Budget(null, null, null) : budget;
        Contact c = contact == null ? new Contact(null, null, null, null) : contact;
        return new SubmissionForm(title, description, productCategories, b.min(), b.max(), b.currency(), language,
                region, c.name(), c.company(), c.email(), c.phone());
    }
}
