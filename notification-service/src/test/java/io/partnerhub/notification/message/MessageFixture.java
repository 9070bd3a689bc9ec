package io.partnerhub.notification.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ready-made messages for tests. */
public final class MessageFixture {

    public static final Instant EXPIRES = Instant.parse("2026-12-10T09:30:00Z");

    private MessageFixture() {
    }

    public static Message tenderOffered(String title, Language language) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        data.put("summary", "We need 35 web hostings & mail for our schools.");
        data.put("productCategories", List.of("WEB_HOSTING", "MAIL"));
        data.put("region", "Vaud");
        data.put("budgetMin", new Money(new BigDecimal("1800.00"), "CHF"));
        data.put("budgetMax", new Money(new BigDecimal("2500.50"), "CHF"));
        data.put("expiresAt", EXPIRES);
        data.put("tenderLink", "https://partners.example.test/partner/tenders/t-1");
        return new Message(UUID.randomUUID().toString(), "TenderOffered", "corr-1", MessageKind.TENDER_OFFERED,
                new Recipient("partner@example.test", language, "Ana Partner"), data);
    }

    public static Message invitationReceived(Language language) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("direction", "PARTNER_TO_CUSTOMER");
        data.put("partnerName", "Helvetic Hosting SA");
        data.put("customerName", "Boulangerie O'Brien");
        data.put("requestedAccess", new AccessSummary("FULL", List.of(), List.of(), "PARTNER"));
        data.put("expiresAt", EXPIRES);
        data.put("respondLink", "https://partners.example.test/invitations/i-1/respond?token=abc");
        return new Message(UUID.randomUUID().toString(), "InvitationCreated", "corr-2", MessageKind.INVITATION_RECEIVED,
                new Recipient("customer@example.test", language, null), data);
    }
}
