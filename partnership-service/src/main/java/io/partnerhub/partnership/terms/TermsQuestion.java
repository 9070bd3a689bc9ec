package io.partnerhub.partnership.terms;

/**
 * Another service asks which partnerships are live for a customer, a partner or the pair, and,
 * when it names the pair and a user, whether that user of the partner may manage the customer.
 */
public record TermsQuestion(String customerId, String partnerId, String userId) {

    public TermsQuestion {
        customerId = blankToNull(customerId);
        partnerId = blankToNull(partnerId);
        userId = blankToNull(userId);
        if (customerId == null && partnerId == null) {
            throw new IllegalArgumentException("name a customerId, a partnerId or both");
        }
    }

    public boolean asksAboutCollaborator() {
        return customerId != null && partnerId != null && userId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
