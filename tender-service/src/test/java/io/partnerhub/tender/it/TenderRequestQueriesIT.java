package io.partnerhub.tender.it;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.tender.request.SubmissionForm;
import io.partnerhub.tender.request.SubmissionValidator;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.request.TenderRequestFixture;
import io.partnerhub.tender.request.TenderRequestState;
import io.partnerhub.tender.request.TenderStatus;
import io.partnerhub.tender.request.ValidityPolicy;
import io.partnerhub.tender.request.persistence.MongoTenderRequests;
import io.partnerhub.tender.reveal.RevealPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's queries select exactly what the domain decides: "valid" ({@code validAmong}, asked by
 * other services and before every fan-out batch) is {@link TenderRequest#isValidAt}, and "due for
 * expiry" ({@code dueForExpiry}, the sweeper's query) is what {@link TenderRequest#expireIfDue} ends —
 * for every status, just before, at and just after the expiry instant.
 */
@TenderIT
class TenderRequestQueriesIT {

    /** Far beyond the real clock, so neither the sweeper nor the fan-out of this context acts on these requests. */
    static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");

    @Autowired
    MongoTenderRequests requests;

    String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theQueriesAgreeWithTheDomainAtEveryStatusAndAroundTheExpiryInstant() {
        List<String> ids = new ArrayList<>();
        for (TenderStatus status : TenderStatus.values()) {
            for (long offsetMillis : new long[] {-1, 0, 1}) {
                ids.add(stored(status, NOW.plusMillis(offsetMillis)));
            }
        }

        List<String> validByDomain = ids.stream().filter(id -> load(id).isValidAt(NOW)).toList();
        List<String> dueByDomain = ids.stream().filter(id -> load(id).expireIfDue(NOW)).toList();

        assertThat(requests.validAmong(ids, NOW)).containsExactlyInAnyOrderElementsOf(validByDomain).hasSize(1);
        assertThat(requests.dueForExpiry(NOW, 100_000)).filteredOn(ids::contains)
                .containsExactlyInAnyOrderElementsOf(dueByDomain).hasSize(2);
    }

    @Test
    void aRequestHasNoPendingEventsLeftOnceTheStoreWroteThem() {
        TenderRequest request = submitted("pending");
        requests.add(request);
        assertThat(request.pendingEvents()).isEmpty();

        long loaded = request.state().revision();
        request.reveal(TenderRequestFixture.partner("queries-" + run), NOW.minus(Duration.ofDays(1)));
        assertThat(request.pendingEvents()).hasSize(1);
        assertThat(requests.saveIfUnchanged(request, loaded)).isTrue();
        assertThat(request.pendingEvents()).isEmpty();
    }

    private String stored(TenderStatus status, Instant expiresAt) {
        TenderRequestState submitted = submitted(status + "-" + expiresAt.toEpochMilli()).state();
        TenderRequestState state = new TenderRequestState(submitted.tenderId(), submitted.need(), submitted.requester(),
                submitted.requesterTokenHash(), submitted.submittedAt(), expiresAt, submitted.revealCap(), status,
                status == TenderStatus.OPEN ? null : expiresAt, List.of(), List.of(), submitted.revision());
        requests.add(TenderRequest.restore(state));
        return state.tenderId();
    }

    private TenderRequest load(String tenderId) {
        return requests.byId(tenderId).orElseThrow();
    }

    private TenderRequest submitted(String what) {
        SubmissionForm form = new SubmissionForm("Queries agree " + what, "A request only the query test stores and reads.",
                List.of("queries-" + run), null, null, null, "en", null, "Query Tester", null,
                "queries-" + run + "@example.ch", null);
        return TenderRequest.submit("queries-" + run + "-" + what, SubmissionValidator.validate(form),
                LinkSecret.generate(), ValidityPolicy.standard(), RevealPolicy.standard(), NOW.minus(Duration.ofDays(30)));
    }
}
