package io.partnerhub.tender.subscription.client;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.subscription.PartnerSubscription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * partnership-service's answer to {@code GET /tender-subscribers}: admitted partners with tender
 * opt-in ON, ascending by partnerId, strictly after the cursor asked for. Empty categories or
 * languages mean "all". Mapped to {@link PartnerSubscription}s only if the answer keeps that
 * contract — the fan-out's cursor relies on the order — otherwise nobody is offered anything from it.
 */
public record SubscriberPage(List<Subscriber> subscribers) {

    /** One partner as the owner describes it; languages are "ES", "DE", "EN", "FR" or "IT". */
    public record Subscriber(String partnerId, String legalName, String email, String language, String personName,
                             List<String> productCategories, List<String> languages, Long version) {
    }

    /**
     * The subscriptions of a page asked for with {@code after} and {@code limit}.
     *
     * @throws IllegalStateException when the answer breaks the contract (too long, out of order, not
     *                               after the cursor, a partner without id, email or a known language)
     */
    public List<PartnerSubscription> subscriptions(String after, int limit) {
        if (subscribers == null) {
            throw violation("an answer without subscribers");
        }
        if (subscribers.size() > limit) {
            throw violation(subscribers.size() + " subscribers where at most " + limit + " were asked for");
        }
        List<PartnerSubscription> page = new ArrayList<>(subscribers.size());
        String previous = after;
        for (Subscriber subscriber : subscribers) {
            if (subscriber == null || subscriber.partnerId() == null || subscriber.partnerId().isBlank()) {
                throw violation("a subscriber without partnerId");
            }
            if (previous != null && subscriber.partnerId().compareTo(previous) <= 0) {
                throw violation("partner " + subscriber.partnerId() + " is not after " + previous
                        + " (the answer must be ascending and strictly after the cursor)");
            }
            page.add(subscription(subscriber));
            previous = subscriber.partnerId();
        }
        return page;
    }

    private static PartnerSubscription subscription(Subscriber s) {
        if (s.email() == null || s.email().isBlank()) {
            throw violation("partner " + s.partnerId() + " has no email");
        }
        PartnerContact contact = new PartnerContact(s.partnerId(), s.legalName(), s.email(),
                language(s.partnerId(), s.language()), s.personName());
        Set<Language> languages = new HashSet<>();
        for (String code : s.languages() == null ? List.<String>of() : s.languages()) {
            languages.add(language(s.partnerId(), code));
        }
        Set<String> categories = new HashSet<>(s.productCategories() == null ? List.of() : s.productCategories());
        categories.remove(null);
        return new PartnerSubscription(contact, categories, languages, s.version() == null ? 0 : s.version());
    }

    private static Language language(String partnerId, String code) {
        try {
            return Language.parse(code);
        } catch (IllegalArgumentException e) {
            throw violation("partner " + partnerId + ": " + e.getMessage());
        }
    }

    private static IllegalStateException violation(String what) {
        return new IllegalStateException("partnership-service answered tender-subscribers with " + what);
    }
}
