package io.partnerhub.tender.request;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Answers other services which requests are still valid right now (notification-service asks just
 * before it hands excerpt emails to SMTP). The answer is read from the store at the moment of the
 * call: a cancellation (R31) or an expiry (R32, by the clock, even before the sweeper ran) confirmed
 * before it is always seen, so nothing acts on a request that has ended.
 */
public final class OpenTenderChecks {

    public static final int MAX_IDS = 1000;

    private final TenderRequests requests;
    private final Clock clock;

    public OpenTenderChecks(TenderRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The given ids whose request is valid now, in the order asked, each once; unknown ids are not open. */
    public List<String> openNow(List<String> tenderIds) {
        if (tenderIds == null || tenderIds.isEmpty() || tenderIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("tenderIds: give 1 to " + MAX_IDS + " ids");
        }
        if (tenderIds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("tenderIds: an id must not be null");
        }
        Set<String> asked = new LinkedHashSet<>(tenderIds);
        Set<String> open = requests.validAmong(asked, clock.instant());
        return asked.stream().filter(open::contains).toList();
    }
}
