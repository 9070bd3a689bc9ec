package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.reveal.RevealPolicy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Builders for requests and partners in unit tests. */
public final class TenderRequestFixture {

    public static final LinkSecret TOKEN = LinkSecret.generate();

    private TenderRequestFixture() {
    }

    public static SubmissionForm form() {
        return new SubmissionForm("New web shop for our bakery",
                "We need hosting, a domain and mail for 12 people; shop goes live in spring.",
                List.of("web-hosting", "mail"), new BigDecimal("1000"), new BigDecimal("2500.50"), "CHF", "fr",
                "Vaud", "Anne Dupont", "Boulangerie Dupont", "anne@example.ch", "+41 21 555 12 34");
    }

    public static TenderRequest openRequest(Instant now) {
        return openRequest(now, RevealPolicy.standard());
    }

    public static TenderRequest openRequest(Instant now, RevealPolicy policy) {
        return TenderRequest.submit("t-1", SubmissionValidator.validate(form()), TOKEN, ValidityPolicy.standard(),
                policy, now);
    }

    public static PartnerContact partner(String id) {
        return new PartnerContact(id, "Partner " + id, id + "@partners.example", Language.DE, "Contact " + id);
    }
}
