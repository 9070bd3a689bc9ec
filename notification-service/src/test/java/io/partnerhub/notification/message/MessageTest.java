package io.partnerhub.notification.message;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTest {

    @Test
    void aCompleteMessageHasNoProblems() {
        assertThat(MessageFixture.tenderOffered("Hosting", Language.DE).problems()).isEmpty();
    }

    @Test
    void missingOrBlankTemplateDataIsAProblemNamingTheFields() {
        Message complete = MessageFixture.tenderOffered("Hosting", Language.DE);
        Map<String, Object> data = new HashMap<>(complete.data());
        data.remove("tenderLink");
        data.put("title", "  ");
        Message incomplete = new Message(complete.sourceEventId(), "TenderOffered", "c", MessageKind.TENDER_OFFERED,
                complete.recipient(), data);

        assertThat(incomplete.problems()).containsExactly("incomplete template data: missing title, tenderLink");
    }

    @Test
    void anAddressThatIsNotAnAddressIsAProblem() {
        Message message = new Message("e-1", "X", "c", MessageKind.INVITATION_DECLINED,
                new Recipient("not-an-address", Language.FR, null), Map.of("partnerName", "P", "customerName", "C"));

        assertThat(message.problems()).containsExactly("recipient address 'not-an-address' is not an email address");
    }

    @Test
    void theIdempotencyKeyIsPerEventKindAndRecipientIgnoringAddressCase() {
        Message lower = new Message("e-1", "X", "c", MessageKind.INVITATION_DECLINED,
                new Recipient("ana@example.test", Language.FR, null), Map.of());
        Message upper = new Message("e-1", "X", "other", MessageKind.INVITATION_DECLINED,
                new Recipient("Ana@Example.test", Language.DE, "Ana"), Map.of());
        Message otherKind = new Message("e-1", "X", "c", MessageKind.INVITATION_EXPIRED,
                new Recipient("ana@example.test", Language.FR, null), Map.of());

        assertThat(upper.idempotencyKey()).isEqualTo(lower.idempotencyKey());
        assertThat(upper.idempotencyKey().notificationId()).isEqualTo(lower.idempotencyKey().notificationId());
        assertThat(otherKind.idempotencyKey().notificationId()).isNotEqualTo(lower.idempotencyKey().notificationId());
        assertThat(lower.idempotencyKey().value()).isEqualTo("e-1/INVITATION_DECLINED/ana@example.test");
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertThat(Language.fromCode("pt")).isEqualTo(Language.EN);
        assertThat(Language.fromCode(null)).isEqualTo(Language.EN);
        assertThat(Language.fromCode("it")).isEqualTo(Language.IT);
        assertThat(new Recipient("a@b.ch", null, " ").language()).isEqualTo(Language.EN);
    }
}
