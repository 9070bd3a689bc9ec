package io.partnerhub.tender.request;

import java.time.Clock;

/**
 * Expires the requests whose validity ran out (R32). Safe with several instances: each save is
 * guarded by the revision it loaded, so only one instance expires a request and emits its events.
 */
public final class ExpirySweep {

    private final TenderRequests requests;
    private final Clock clock;
    private final int batchSize;

    public ExpirySweep(TenderRequests requests, Clock clock, int batchSize) {
        this.requests = requests;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Answers how many requests this call expired. */
    public int sweep() {
        int expired = 0;
        for (String tenderId : requests.dueForExpiry(clock.instant(), batchSize)) {
            TenderRequest request = requests.byId(tenderId).orElse(null);
            if (request == null) {
                continue;
            }
            long loaded = request.state().revision();
            if (request.expireIfDue(clock.instant()) && requests.saveIfUnchanged(request, loaded)) {
                expired++;
            }
        }
        return expired;
    }
}
