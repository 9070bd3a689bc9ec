package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.notification.NotificationSent;
import io.partnerhub.events.partnership.InvitationCreated;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.security.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.partnerhub.e2e.Partnerhub.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One workflow is one trace across services: a request that arrives with a W3C {@code traceparent}
 * keeps that trace id through the outbox, every Kafka hop (partnership or tender → tender's fan-out
 * → notification) and the email delivery, whose status event and ops record carry it too.
 */
@ExtendWith(PartnerhubExtension.class)
class TracingIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void anInvitationKeepsTheCallersTraceFromRequestToEmailDelivery() {
        Scenario s = new Scenario();
        Org customer = s.org("customer");
        Org partner = s.partner("partner", false);
        String traceId = newTraceId();

        s.http.call("POST", s.partnership("/invitations/partners"), s.token(customer), Map.of(
                "partnerId", partner.id(), "customerName", customer.name(), "contactEmail", customer.email(),
                "contactName", "Claire", "language", "EN", "requestedAccess", Scenario.full("CUSTOMER")),
                Map.of("traceparent", traceparent(traceId))).expect(201);

        InvitationCreated created = s.events.await(InvitationCreated.class,
                e -> e.getPartnerId().equals(partner.id()) && e.getCustomerId().equals(customer.id()));
        assertThat(s.events.receivedOf(created).traceId()).as("partnership-service's outbox record").isEqualTo(traceId);

        String eventId = created.getMetadata().getEventId().toString();
        NotificationSent sent = s.events.await(NotificationSent.class, e -> e.getSourceEventId().equals(eventId));
        assertThat(s.events.receivedOf(sent).traceId()).as("notification-service's status event").isEqualTo(traceId);
        assertThat(deliveriesOf(s, eventId)).extracting(delivery -> delivery.path("traceId").asText())
                .as("the delivery log").containsExactly(traceId);
    }

    @Test
    void aTenderKeepsTheVisitorsTraceThroughTheFanOutToEveryExcerptEmail() {
        Scenario s = new Scenario();
        Org first = s.partner("first", true);
        Org second = s.partner("second", true);
        String traceId = newTraceId();

        JsonNode submitted = s.http.call("POST", s.tender("/public/tenders"), null, Map.of(
                "title", "Traced shop " + s.run,
                "description", "An online shop for our bakery, with hosting, mail and a booking page.",
                "productCategories", List.of("web-hosting"), "language", "en", "region", "Bern",
                "contact", Map.of("name", "Anna Keller", "company", "Keller Bakery",
                        "email", "visitor+" + s.run + "@e2e.example")),
                Map.of("traceparent", traceparent(traceId))).expect(201);
        String tenderId = submitted.path("tenderId").asText();

        TenderSubmitted tender = s.events.await(TenderSubmitted.class, e -> e.getTenderId().equals(tenderId));
        assertThat(s.events.receivedOf(tender).traceId()).as("tender-service's outbox record").isEqualTo(traceId);
        for (Org partner : List.of(first, second)) {
            TenderOffered offered = s.events.await(TenderOffered.class,
                    e -> e.getTenderId().equals(tenderId) && e.getPartnerId().equals(partner.id()));
            assertThat(s.events.receivedOf(offered).traceId()).as("the fan-out's offer to " + partner.id())
                    .isEqualTo(traceId);
            String offerEventId = offered.getMetadata().getEventId().toString();
            NotificationSent excerpt = s.events.await(NotificationSent.class,
                    e -> e.getSourceEventId().equals(offerEventId));
            assertThat(s.events.receivedOf(excerpt).traceId()).as("the excerpt email to " + partner.id())
                    .isEqualTo(traceId);
        }
    }

    private static List<JsonNode> deliveriesOf(Scenario s, String sourceEventId) {
        String ops = s.hub.platform().tokens().issue("ops-" + s.run, "partnerhub", Set.of(Caller.OPS));
        JsonNode found = s.http.get(s.hub.uri(NOTIFICATION, "/ops/deliveries?sourceEventId=" + sourceEventId), ops)
                .expect(200);
        return java.util.stream.StreamSupport.stream(found.spliterator(), false).toList();
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static String traceparent(String traceId) {
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(spanId);
        return "00-" + traceId + "-" + HexFormat.of().formatHex(spanId) + "-01";
    }
}
