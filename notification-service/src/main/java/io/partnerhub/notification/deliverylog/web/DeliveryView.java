package io.partnerhub.notification.deliverylog.web;

import io.partnerhub.kit.tracing.TraceParent;
import io.partnerhub.notification.delivery.Attempt;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.message.Precondition;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One email as support sees it: where it comes from (with the trace id to look the whole workflow
 * up in the tracing backend), who gets it, its status and every attempt; for an email whose cause
 * another service owns, what it depends on ({@code dependsOn}), when the check right before
 * sending cleared it ({@code clearedAt}) or when and why it was withdrawn instead.
 */
public record DeliveryView(String notificationId, String messageKind, String sourceEventId, String sourceEventType,
                           String correlationId, String traceId, String recipientEmail, String language, String subject,
                           String status, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                           String failureReason, String dependsOn, Instant clearedAt, Instant withdrawnAt,
                           String withdrawalReason, List<AttemptView> attempts, String textBody) {

    /** One SMTP attempt: when, the reply code (null: no reply) and text, and what it meant. */
    public record AttemptView(int number, Instant at, Integer smtpCode, String smtpReply, String outcome) {

        static AttemptView of(Attempt attempt) {
            return new AttemptView(attempt.number(), attempt.at(), attempt.reply().code(), attempt.reply().text(),
                    attempt.outcome().name());
        }
    }

    static final String HIDDEN = "[link secret hidden]";
    private static final Pattern LINK_SECRET = Pattern.compile("(/public/(?:invitation|tender)-links/)[^\\s/\"'<>?#]+");

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id().toString(), delivery.source().kind().name(), delivery.source().eventId(),
                delivery.source().eventType(), delivery.source().correlationId(),
                TraceParent.traceId(delivery.source().traceparent()), delivery.recipient().email(),
                delivery.recipient().language().name(), delivery.content().map(EmailContent::subject).orElse(null),
                delivery.status().name(), delivery.createdAt(), delivery.nextAttemptAt().orElse(null),
                delivery.sentAt().orElse(null), delivery.failureReason().orElse(null),
                delivery.precondition().map(Precondition::describe).orElse(null), delivery.validity().clearedAt(),
                delivery.validity().withdrawnAt(), delivery.validity().withdrawalReason(),
                delivery.attempts().stream().map(AttemptView::of).toList(),
                delivery.content().map(EmailContent::text).map(DeliveryView::withoutLinkSecrets).orElse(null));
    }

    /** Support sees that an email had a link, never the link's secret: it would let them act on it. */
    static String withoutLinkSecrets(String text) {
        return LINK_SECRET.matcher(text).replaceAll("$1" + HIDDEN);
    }
}
