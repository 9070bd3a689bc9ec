package io.partnerhub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerhub.e2e.Scenario.Org;
import io.partnerhub.events.Topic;
import io.partnerhub.events.tender.TenderOffered;
import io.partnerhub.events.tender.TenderSubmitted;
import io.partnerhub.kit.security.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static io.partnerhub.e2e.Partnerhub.NOTIFICATION;
import static org.awaitility.Awaitility.await;

/**
 * partnership → tender and tender → notification: a tender opt-in change is in force for the very
 * next tender's fan-out, and a cancelled tender's excerpts stop going out at once (at most the
 * chunk the sender had already cleared may still leave). 50 tries per race.
 */
@ExtendWith(PartnerhubExtension.class)
class TenderTermsInForceAtOnceIT {

    /** notification-service clears excerpts with tender-service per chunk of this many, on each of its sender threads. */
    private static final int CLEARED_CHUNK = 50;
    private static final int SENDER_THREADS = 2;
    private static final int FAN_OUT_PARTNERS = 400;

    /**
     * The changing partner's id sorts before the sentinel's, and the fan-out offers in partner id
     * order, one stored batch after the other: once the sentinel holds its offer, the changing
     * partner's turn is over, so its missing offer is an outcome, not a delay.
     */
    @Test
    void optOutAndCategoriesAreInForceForTheNextTendersFanOut() {
        Scenario s = new Scenario();
        Org changing = s.partner("a-changing", false);
        Org sentinel = s.partner("z-sentinel", false);
        optIn(s, sentinel, true, List.of("backup"));
        RaceTally optedOut = new RaceTally("partner opts out → tender in its category: no excerpt");
        RaceTally otherCategory = new RaceTally("partner narrows its categories → tender outside them: no excerpt");
        RaceTally optedIn = new RaceTally("partner opts in → tender in its category: excerpt");

        for (int i = 0; i < RaceTally.TRIES; i++) {
            optIn(s, changing, false, List.of());
            String first = submit(s, "backup", "out-" + i);
            optedOut.record(!offeredTo(s, changing, first, sentinel), "offered after opting out: " + first);

            optIn(s, changing, true, List.of("domain"));
            String second = submit(s, "backup", "cat-" + i);
            otherCategory.record(!offeredTo(s, changing, second, sentinel), "offered outside its categories: " + second);

            optIn(s, changing, true, List.of("backup"));
            String third = submit(s, "backup", "in-" + i);
            optedIn.record(offeredTo(s, changing, third, sentinel), "not offered after opting in: " + third);
        }
        optedOut.assertNoWrongOutcome();
        otherCategory.assertNoWrongOutcome();
        optedIn.assertNoWrongOutcome();
    }

    /**
     * A tender offered to 400 partners is cancelled through the emailed link as soon as its fan-out
     * has begun (its first offer is on Kafka); every excerpt that reaches the server after the cancel answered
     * must have been cleared before it: at most one chunk per sender thread.
     */
    @Test
    void aCancelledTendersExcerptsStopAtOnce() {
        Scenario s = new Scenario();
        IntStream.range(0, FAN_OUT_PARTNERS).parallel()
                .forEach(i -> optIn(s, s.partner("fan" + i, false), true, List.of("cloud-server")));
        RaceTally cancelled = new RaceTally("tender cancelled while its " + FAN_OUT_PARTNERS
                + " excerpts go out: no excerpt cleared after the cancel");
        int bound = CLEARED_CHUNK * SENDER_THREADS;
        int mostAfterCancel = 0;
        long sentAfterCancel = 0;
        long sentBeforeCancel = 0;
        try (SmtpArrivals arrivals = new SmtpArrivals(s.hub.platform().smtp())) {
            for (int i = 0; i < RaceTally.TRIES; i++) {
                String title = "Cloud servers " + s.run + " #" + i;
                String requester = "requester-" + i + "+" + s.run + "@e2e.example";
                String tenderId = submit(s, "cloud-server", title, requester);
                // the cancel link's secret, as the requester's confirmation email carries it
                TenderSubmitted submitted = s.events.await(TenderSubmitted.class, e -> e.getTenderId().equals(tenderId));
                String cancelToken = s.hub.linkSecretSeal().open(submitted.getRequesterToken(),
                        submitted.getMetadata().getEventId().toString());
                s.events.await(TenderOffered.class, e -> e.getTenderId().equals(tenderId));
                s.http.post(s.tender("/public/tender-links/" + cancelToken + "/cancellation"), null, null).expect(200);
                long confirmed = System.nanoTime();

                awaitSettled(s, title);
                List<SmtpArrivals.Arrival> excerpts = excerpts(arrivals, title);
                long after = excerpts.stream().filter(arrival -> arrival.seenNanos() > confirmed).count();
                sentAfterCancel += after;
                sentBeforeCancel += excerpts.size() - after;
                mostAfterCancel = Math.max(mostAfterCancel, (int) after);
                cancelled.record(after <= bound, after + " excerpts reached SMTP after the cancel answered (bound "
                        + bound + ")");
            }
        }
        System.out.printf("[race] cancel during a %d-partner fan-out: %d excerpts before the cancel, %d after it over"
                        + " %d tries (most in one try: %d, bound %d); the rest were never sent%n", FAN_OUT_PARTNERS,
                sentBeforeCancel, sentAfterCancel, RaceTally.TRIES, mostAfterCancel, bound);
        cancelled.assertNoWrongOutcome();
    }

    private static List<SmtpArrivals.Arrival> excerpts(SmtpArrivals arrivals, String title) {
        return arrivals.matching(arrival -> arrival.subject() != null && arrival.subject().contains(title)
                && arrival.subject().startsWith("New tender request"));
    }

    /** Every offer of the tender reached notification-service, and none of its emails still waits to be sent. */
    private static void awaitSettled(Scenario s, String title) {
        s.events.awaitConsumed("notification-service-tender-offer", Topic.TENDER_OFFERS);
        String ops = s.hub.platform().tokens().issue("ops-" + s.run, "partnerhub", Set.of(Caller.OPS));
        await("no excerpt of " + title + " waits to be sent").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(() -> List.of("PENDING", "RETRY_SCHEDULED").stream()
                        .noneMatch(status -> waiting(s, ops, status, title)));
    }

    private static boolean waiting(Scenario s, String ops, String status, String title) {
        JsonNode found = s.http.get(s.hub.uri(NOTIFICATION, "/ops/deliveries?status=" + status + "&limit=500"), ops)
                .expect(200);
        for (JsonNode delivery : found) {
            if (delivery.path("subject").asText("").contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tender was offered to {@code partner}; decided once the sentinel (later in id order) has its offer. */
    private static boolean offeredTo(Scenario s, Org partner, String tenderId, Org sentinel) {
        s.events.await(TenderOffered.class, e -> e.getTenderId().equals(tenderId)
                && e.getPartnerId().equals(sentinel.id()));
        return s.http.get(s.tender("/partner/tenders"), s.token(partner)).expect(200).toString().contains(tenderId);
    }

    private static void optIn(Scenario s, Org partner, boolean optedIn, List<String> categories) {
        s.http.put(s.partnership("/partners/me/tender-opt-in"), s.token(partner),
                Map.of("optedIn", optedIn, "productCategories", categories, "languages", List.of())).expect(200);
    }

    private static String submit(Scenario s, String category, String what) {
        return submit(s, category, "Tender " + what + " " + s.run, "visitor-" + what + "+" + s.run + "@e2e.example");
    }

    private static String submit(Scenario s, String category, String title, String requester) {
        return s.http.post(s.tender("/public/tenders"), null, Map.of(
                "title", title,
                "description", "We need " + category + " for our offices, set up and run by a partner.",
                "productCategories", List.of(category),
                "budget", Map.of("min", 1000, "max", 3000, "currency", "CHF"),
                "language", "en", "region", "Zurich",
                "contact", Map.of("name", "Erika Muster", "company", "Muster AG", "email", requester,
                        "phone", "+41 44 000 00 00"))).expect(201).path("tenderId").asText();
    }
}
