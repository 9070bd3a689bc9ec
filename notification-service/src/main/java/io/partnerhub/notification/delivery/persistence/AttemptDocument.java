package io.partnerhub.notification.delivery.persistence;

import io.partnerhub.notification.delivery.Attempt;
import io.partnerhub.notification.delivery.AttemptOutcome;
import io.partnerhub.notification.delivery.SmtpReply;
import org.bson.Document;

import java.time.Instant;

import static io.partnerhub.notification.delivery.persistence.DeliveryDocument.date;
import static io.partnerhub.notification.delivery.persistence.DeliveryDocument.instant;

/** One SMTP attempt as stored in a delivery's {@code attempts}; {@code smtpCode} is null when the server never answered. */
public record AttemptDocument(int number, Instant at, Integer smtpCode, String smtpReply, AttemptOutcome outcome) {

    static AttemptDocument from(Attempt attempt) {
        return new AttemptDocument(attempt.number(), attempt.at(), attempt.reply().code(), attempt.reply().text(),
                attempt.outcome());
    }

    Attempt toDomain() {
        return new Attempt(number, at, new SmtpReply(smtpCode, smtpReply), outcome);
    }

    Document toBson() {
        return new Document("number", number).append("at", date(at)).append("smtpCode", smtpCode)
                .append("smtpReply", smtpReply).append("outcome", outcome.name());
    }

    static AttemptDocument fromBson(Document document) {
        return new AttemptDocument(document.getInteger("number"), instant(document.getDate("at")),
                document.getInteger("smtpCode"), document.getString("smtpReply"),
                AttemptOutcome.valueOf(document.getString("outcome")));
    }
}
