package io.partnerhub.tender.request;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.money.Currency;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubmissionValidatorTest {

    @Test
    void acceptsACompleteForm() {
        ValidSubmission valid = SubmissionValidator.validate(TenderRequestFixture.form());

        assertThat(valid.need().language()).isEqualTo(Language.FR);
        assertThat(valid.need().budget().currency()).isEqualTo(Currency.CHF);
        assertThat(valid.need().budget().min().amount()).isEqualByComparingTo("1000.00");
        assertThat(valid.need().budget().min().amount().scale()).isEqualTo(2);
        assertThat(valid.requester().language()).isEqualTo(Language.FR);
        assertThat(valid.need().productCategories()).containsExactly("web-hosting", "mail");
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        SubmissionForm form = new SubmissionForm("Hi", "too short", List.of("Web Hosting!"), new BigDecimal("500"),
                new BigDecimal("100"), "USD", "pt", null, "", null, "not-an-email", "call me");

        InvalidTenderException refused = catchThrowableOfType(InvalidTenderException.class,
                () -> SubmissionValidator.validate(form));

        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                "title", "description", "productCategories", "budget.currency", "language", "contact.name",
                "contact.email", "contact.phone");
    }

    @Test
    void refusesAnInvertedBudgetAndThreeDecimals() {
        assertThat(violationsOf(withBudget("500", "100"))).containsExactly("budget");
        assertThat(violationsOf(withBudget("10.005", null))).containsExactly("budget");
    }

    @Test
    void keepsMarkupAsPlainTextButRefusesControlCharacters() {
        SubmissionForm markup = new SubmissionForm("<script>alert(1)</script> shop",
                "We need <b>hosting</b> & mail for our team, soon please.", List.of("mail"), null, null, null, "en",
                null, "Bob", null, "bob@example.com", null);
        assertThat(SubmissionValidator.validate(markup).need().title()).isEqualTo("<script>alert(1)</script> shop");

        SubmissionForm control = new SubmissionForm("Title with \u0007 bell", markup.description(), List.of("mail"),
                null, null, null, "en", null, "Bob", null, "bob@example.com", null);
        assertThatThrownBy(() -> SubmissionValidator.validate(control)).isInstanceOf(InvalidTenderException.class);
    }

    private static SubmissionForm withBudget(String min, String max) {
        SubmissionForm f = TenderRequestFixture.form();
        return new SubmissionForm(f.title(), f.description(), f.productCategories(),
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), "EUR",
                f.language(), f.region(), f.contactName(), f.contactCompany(), f.contactEmail(), f.contactPhone());
    }

    private static List<String> violationsOf(SubmissionForm form) {
        return catchThrowableOfType(InvalidTenderException.class, () -> SubmissionValidator.validate(form))
                .violations().stream().map(FieldViolation::field).toList();
    }
}
