package io.partnerhub.tender.request.messaging;

import io.partnerhub.events.common.Currency;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Money;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.tender.BudgetRange;
import io.partnerhub.events.tender.TenderExcerpt;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.contact.RequesterContact;

import java.math.RoundingMode;

/** Domain values → their Avro shapes (money with scale 2, languages, recipients, excerpts). */
public final class AvroValues {

    private AvroValues() {
    }

    public static Money money(io.partnerhub.tender.money.Money money) {
        if (money == null) {
            return null;
        }
        return new Money(money.amount().setScale(2, RoundingMode.HALF_EVEN), Currency.valueOf(money.currency().name()));
    }

    public static Language language(io.partnerhub.tender.contact.Language language) {
        return Language.valueOf(language.name());
    }

    public static Recipient recipient(RequesterContact requester) {
        return new Recipient(requester.email(), language(requester.language()), requester.name());
    }

    public static Recipient recipient(PartnerContact partner) {
        String name = partner.personName() != null ? partner.personName() : partner.legalName();
        return new Recipient(partner.email(), language(partner.language()), name);
    }

    public static TenderExcerpt excerpt(io.partnerhub.tender.distribution.TenderExcerpt excerpt) {
        BudgetRange budget = excerpt.budget() == null ? null
                : new BudgetRange(money(excerpt.budget().min()), money(excerpt.budget().max()));
        return TenderExcerpt.newBuilder()
                .setTitle(excerpt.title())
                .setSummary(excerpt.summary())
                .setProductCategories(excerpt.productCategories())
                .setLanguage(language(excerpt.language()))
                .setRegion(excerpt.region())
                .setBudget(budget)
                .build();
    }
}
