package io.partnerhub.notification.delivery.client;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerhub.kit.tracing.StoredTraces;
import io.partnerhub.kit.web.CorrelationId;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.InvitationOwner;
import io.partnerhub.notification.delivery.Questions;
import io.partnerhub.notification.delivery.SendHold;
import io.partnerhub.notification.delivery.TenderOwner;
import io.partnerhub.notification.delivery.Verdicts;
import io.partnerhub.notification.message.Precondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Asks the owners whether the causes of a chunk of emails still hold, right before the chunk is
 * handed to SMTP: one request per owner for the chunk's distinct tenders / links (see
 * {@link Questions}), never one per email. An owner that does not answer leaves its emails
 * {@link Verdict.Kind#UNKNOWN}: the other owner's and unchecked emails are not held back.
 */
@Component
public class ValidityChecks {

    private static final Logger log = LoggerFactory.getLogger(ValidityChecks.class);

    private final TenderOwner tenders;
    private final InvitationOwner invitations;
    private final StoredTraces traces;
    private final MeterRegistry meters;

    public ValidityChecks(TenderOwner tenders, InvitationOwner invitations, StoredTraces traces, MeterRegistry meters) {
        this.tenders = tenders;
        this.invitations = invitations;
        this.traces = traces;
        this.meters = meters;
    }

    /**
     * The verdict for every precondition of these deliveries (deliveries without one need none);
     * live invitation links stay held for {@code hold} (see {@link SendHold}).
     */
    public Verdicts check(List<Delivery> deliveries, SendHold hold) {
        return check(deliveries, EnumSet.noneOf(Precondition.Owner.class), hold);
    }

    /**
     * As {@link #check(List, SendHold)}, within a sending round: owners in {@code silent} did not
     * answer earlier in the round and are not asked again in it (an owner that times out would
     * otherwise cost its timeout once per chunk); an owner that does not answer now is added to it.
     */
    public Verdicts check(List<Delivery> deliveries, Set<Precondition.Owner> silent, SendHold hold) {
        List<Precondition> asked = deliveries.stream().flatMap(delivery -> delivery.precondition().stream()).toList();
        Verdicts verdicts = new Verdicts();
        if (asked.isEmpty()) {
            return verdicts;
        }
        for (List<Precondition.TenderOpen> request : Questions.tenders(asked)) {
            ask(Precondition.Owner.TENDERS, deliveries, request, verdicts, silent,
                    () -> verdicts.tendersAnswered(request, tenders.openAmong(
                            request.stream().map(Precondition.TenderOpen::tenderId).toList())));
        }
        for (List<Precondition.InvitationLinkLive> request : Questions.links(asked)) {
            ask(Precondition.Owner.PARTNERSHIPS, deliveries, request, verdicts, silent,
                    () -> verdicts.linksAnswered(request, invitations.liveAmong(request, hold)));
        }
        return verdicts;
    }

    /** Lets go of the hold once its emails were handed to SMTP; one that cannot be let go expires. */
    public void release(SendHold hold) {
        if (!hold.taken()) {
            return;
        }
        try {
            invitations.release(hold);
        } catch (RuntimeException e) {
            log.warn("Could not release send hold {}; it expires after {}: {}", hold.holder(), hold.duration(),
                    e.toString());
        }
    }

    private void ask(Precondition.Owner owner, List<Delivery> deliveries, List<? extends Precondition> request,
                     Verdicts verdicts, Set<Precondition.Owner> silent, Runnable asking) {
        if (silent.contains(owner)) {
            verdicts.unanswered(request, "its owner did not answer earlier in this round");
            return;
        }
        String ownerTag = owner.name().toLowerCase(Locale.ROOT);
        try {
            inContextOf(concerned(deliveries, Set.copyOf(request)), ownerTag, () -> {
                asking.run();
                return null;
            });
            count(ownerTag, "answered");
        } catch (RuntimeException e) {
            // never send unchecked, never fail for it: these emails wait and are asked about again
            verdicts.unanswered(request, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            silent.add(owner);
            count(ownerTag, "unavailable");
            log.warn("Could not check {} email precondition(s) with the {} owner; they wait and are checked again: {}",
                    request.size(), ownerTag, e.toString());
        }
    }

    /**
     * The call continues the workflow's trace and correlation id when all the emails it is about
     * share one (a fan-out's excerpts do); otherwise it runs on its own.
     */
    private <T> T inContextOf(List<Delivery> concerned, String owner, Supplier<T> call) {
        String traceparent = common(concerned.stream().map(delivery -> delivery.source().traceparent()).toList());
        String correlationId = common(concerned.stream().map(delivery -> delivery.source().correlationId()).toList());
        String before = CorrelationId.current();
        CorrelationId.set(correlationId);
        try {
            return traces.within(traceparent, "partnerhub.notification.validity.check", "validity check " + owner,
                    KeyValues.of("owner", owner), call);
        } finally {
            CorrelationId.set(before);
        }
    }

    private static List<Delivery> concerned(List<Delivery> deliveries, Set<? extends Precondition> request) {
        return deliveries.stream().filter(delivery -> delivery.precondition().map(request::contains).orElse(false))
                .toList();
    }

    private static String common(List<String> values) {
        String first = values.isEmpty() ? null : values.get(0);
        return values.stream().allMatch(value -> Objects.equals(value, first)) ? first : null;
    }

    private void count(String owner, String outcome) {
        Counter.builder("partnerhub.notifications.validity.checks")
                .description("Requests to the owners of emails' causes, by owner and whether they answered")
                .tag("owner", owner).tag("outcome", outcome).register(meters).increment();
    }
}
