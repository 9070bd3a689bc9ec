package io.partnerhub.notification.delivery.messaging;

import io.partnerhub.events.tender.BudgetRange;
import io.partnerhub.events.tender.TenderExcerpt;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderProposalSubmitted;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.events.tender.TenderWithdrawn;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageKind;
import io.partnerhub.notification.message.Precondition;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.partnerhub.notification.delivery.messaging.AvroValues.message;
import static io.partnerhub.notification.delivery.messaging.AvroValues.money;
import static io.partnerhub.notification.delivery.messaging.AvroValues.name;
import static io.partnerhub.notification.delivery.messaging.PartnershipMessages.data;

/** The emails tender-service's events call for (R27–R33). Other events call for none. */
@Component
class TenderMessages {

    private final PublicLinks links;
    private final LinkSecrets secrets;

    TenderMessages(PublicLinks links, LinkSecrets secrets) {
        this.links = links;
        this.secrets = secrets;
    }

    List<Message> of(SpecificRecord event) {
        if (event instanceof TenderSubmitted e) {
            return List.of(message(e.getMetadata(), e, MessageKind.TENDER_CONFIRMATION, e.getRequester(), data(
                    "title", e.getExcerpt() == null ? null : e.getExcerpt().getTitle(), "expiresAt", e.getExpiresAt(),
                    "cancelLink", links.tenderCancellation(
                            secrets.open(e.getRequesterToken(), e.getMetadata(), e, "requesterToken")))));
        }
        if (event instanceof TenderOffered e) {
            Map<String, Object> data = excerpt(e.getExcerpt());
            data.put("expiresAt", e.getExpiresAt());
            data.put("tenderLink", links.tenderInPartnerSpace(e.getTenderId()));
            return List.of(message(e.getMetadata(), e, MessageKind.TENDER_OFFERED, e.getPartnerContact(), data)
                    .requiring(e.getTenderId() == null ? null : new Precondition.TenderOpen(e.getTenderId())));
        }
        if (event instanceof TenderProposalSubmitted e) {
            return List.of(message(e.getMetadata(), e, MessageKind.PROPOSAL_RECEIVED, e.getRequester(), data(
                    "tenderTitle", e.getTenderTitle(), "partnerName", e.getPartnerName(), "text", e.getText(),
                    "price", money(e.getPrice()))));
        }
        if (event instanceof TenderWithdrawn e) {
            return List.of(message(e.getMetadata(), e, MessageKind.TENDER_WITHDRAWN, e.getPartnerContact(), data(
                    "tenderTitle", e.getTenderTitle(), "reason", name(e.getReason()))));
        }
        return List.of();
    }

    /** What a partner may see before revealing: never the requester's contact details (R28). */
    private static Map<String, Object> excerpt(TenderExcerpt excerpt) {
        if (excerpt == null) {
            return data();
        }
        BudgetRange budget = excerpt.getBudget();
        return data("title", excerpt.getTitle(), "summary", excerpt.getSummary(),
                "productCategories", excerpt.getProductCategories(), "region", excerpt.getRegion(),
                "budgetMin", budget == null ? null : money(budget.getMin()),
                "budgetMax", budget == null ? null : money(budget.getMax()));
    }
}
