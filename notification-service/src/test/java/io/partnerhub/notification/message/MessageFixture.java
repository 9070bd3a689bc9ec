package io.partnerhub.notification.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
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

    /** A complete message of the given kind, with every optional datum filled in too. */
    public static Message sample(MessageKind kind, Language language) {
        return samples(kind, language).get(0);
    }

    /**
     * One complete message per wording of the kind: each invitation direction it tells apart, and
     * no direction at all for the answers, reminders and expiries (events written before they said it).
     */
    public static List<Message> samples(MessageKind kind, Language language) {
        return directionsWorded(kind).stream().map(direction -> new Message(UUID.randomUUID().toString(), "Sample",
                "corr-s", kind, new Recipient("someone@example.test", language, "Ana"), sampleData(direction))).toList();
    }

    private static List<String> directionsWorded(MessageKind kind) {
        return switch (kind) {
            case INVITATION_RECEIVED -> List.of("CUSTOMER_TO_PARTNER", "PARTNER_TO_CUSTOMER");
            case INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CANCELLED, INVITATION_EXPIRING_SOON,
                 INVITATION_EXPIRED -> Arrays.asList(null, "PARTNER_TO_CUSTOMER", "CUSTOMER_TO_PARTNER");
            default -> Collections.singletonList(null);
        };
    }

    private static Map<String, Object> sampleData(String direction) {
        AccessSummary limited = new AccessSummary("LIMITED", List.of("WEB_HOSTING"), List.of("mail-42"), null);
        AccessSummary full = new AccessSummary("FULL", List.of(), List.of(), "CUSTOMER");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("direction", direction);
        data.put("partnerName", "Helvetic Hosting SA");
        data.put("customerName", "Boulangerie Dupont");
        data.put("requestedAccess", full);
        data.put("grantedAccess", limited);
        data.put("currentAccess", limited);
        data.put("previousAccess", limited);
        data.put("access", full);
        data.put("previousMode", "CUSTOMER");
        data.put("paymentMode", "PARTNER");
        data.put("expiresAt", EXPIRES);
        data.put("daysLeft", 2);
        data.put("respondLink", "https://partners.example.test/invitations/i-1/respond?token=abc");
        data.put("reviewLink", "https://partners.example.test/partnerships/p-1/access");
        data.put("cancelLink", "https://partners.example.test/tenders/t-1/cancel?token=xyz");
        data.put("tenderLink", "https://partners.example.test/partner/tenders/t-1");
        data.put("endedBy", "CUSTOMER");
        data.put("title", "Web hosting for 35 schools");
        data.put("tenderTitle", "Web hosting for 35 schools");
        data.put("summary", "35 web hostings and mail.");
        data.put("productCategories", List.of("WEB_HOSTING"));
        data.put("region", "Vaud");
        data.put("budgetMin", new Money(new BigDecimal("1800.00"), "EUR"));
        data.put("budgetMax", null);
        data.put("text", "We offer 35 hostings.\nSetup included.");
        data.put("price", new Money(new BigDecimal("208.32"), "CHF"));
        data.put("reason", "CANCELLED");
        data.put("previousStatus", "ACTIVE");
        data.put("status", "BELOW_THRESHOLD");
        data.put("yearlyVolume", new Money(new BigDecimal("1500.00"), "CHF"));
        data.put("productName", "Web Hosting Pro");
        data.put("quantity", 35);
        data.put("renewsAt", EXPIRES);
        data.put("daysBefore", 30);
        data.put("lapsedAt", EXPIRES);
        return data;
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
