package io.partnerhub.tender.request;

import io.partnerhub.tender.contact.EmailAddress;
import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.RequesterContact;
import io.partnerhub.tender.money.BudgetRange;
import io.partnerhub.tender.money.Currency;
import io.partnerhub.tender.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a {@link SubmissionForm} into a need and a contact, or refuses it with every reason at once. */
public final class SubmissionValidator {

    private static final Pattern CATEGORY = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/.-]{6,30}$");
    private static final int MAX_CATEGORIES = 10;

    private final List<FieldViolation> violations = new ArrayList<>();

    private SubmissionValidator() {
    }

    public static ValidSubmission validate(SubmissionForm form) {
        return new SubmissionValidator().check(form);
    }

    private ValidSubmission check(SubmissionForm form) {
        String title = text("title", form.title(), 5, 120, false, true);
        String description = text("description", form.description(), 20, 5000, true, true);
        List<String> categories = categories(form.productCategories());
        BudgetRange budget = budget(form.budgetMin(), form.budgetMax(), form.currency());
        Language language = language(form.language());
        String region = text("region", form.region(), 2, 80, false, false);
        String name = text("contact.name", form.contactName(), 1, 100, false, true);
        String company = text("contact.company", form.contactCompany(), 1, 120, false, false);
        String email = email(form.contactEmail());
        String phone = phone(form.contactPhone());
        if (!violations.isEmpty()) {
            throw new InvalidTenderException(violations);
        }
        return new ValidSubmission(
                new TenderNeed(title, description, categories, budget, language, region),
                new RequesterContact(name, company, email, phone, language));
    }

    private String text(String field, String raw, int min, int max, boolean multiline, boolean required) {
        String value = PlainText.clean(raw);
        if (value == null || value.isEmpty()) {
            if (required) {
                refuse(field, "is required");
            }
            return null;
        }
        if (value.length() < min || value.length() > max) {
            refuse(field, "must be " + min + " to " + max + " characters long");
        } else if (PlainText.hasControlCharacters(value, multiline)) {
            refuse(field, "contains control characters");
        }
        return value;
    }

    private List<String> categories(List<String> raw) {
        Set<String> categories = new LinkedHashSet<>();
        if (raw != null) {
            for (String category : raw) {
                String value = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
                if (!CATEGORY.matcher(value).matches()) {
                    refuse("productCategories", "'" + value + "' is not a product category (a-z, 0-9, -)");
                    return List.of();
                }
                categories.add(value);
            }
        }
        if (categories.isEmpty()) {
            refuse("productCategories", "name at least one product category");
        } else if (categories.size() > MAX_CATEGORIES) {
            refuse("productCategories", "at most " + MAX_CATEGORIES + " product categories");
        }
        return List.copyOf(categories);
    }

    private BudgetRange budget(BigDecimal min, BigDecimal max, String currencyCode) {
        if (min == null && max == null) {
            if (currencyCode != null && !currencyCode.isBlank()) {
                refuse("budget", "give a minimum or a maximum with the currency");
            }
            return null;
        }
        Currency currency = currency(currencyCode);
        if (currency == null) {
            return null;
        }
        try {
            return new BudgetRange(min == null ? null : new Money(min, currency),
                    max == null ? null : new Money(max, currency));
        } catch (IllegalArgumentException e) {
            refuse("budget", e.getMessage());
            return null;
        }
    }

    private Currency currency(String code) {
        try {
            return Currency.valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            refuse("budget.currency", "must be CHF or EUR");
            return null;
        }
    }

    private Language language(String code) {
        try {
            return Language.parse(code);
        } catch (IllegalArgumentException e) {
            refuse("language", e.getMessage());
            return Language.EN;
        }
    }

    private String email(String raw) {
        String value = raw == null ? null : raw.strip();
        if (!EmailAddress.isValid(value)) {
            refuse("contact.email", "is not a valid email address");
            return null;
        }
        return value;
    }

    private String phone(String raw) {
        String value = PlainText.clean(raw);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!PHONE.matcher(value).matches()) {
            refuse("contact.phone", "is not a phone number");
        }
        return value;
    }

    private void refuse(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }
}
