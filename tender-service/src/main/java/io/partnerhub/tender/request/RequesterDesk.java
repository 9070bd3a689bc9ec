package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.LinkSecret;
import io.partnerhub.kit.plain.NotFoundException;

import java.time.Clock;

/** What the requester does through the emailed link (R31): look at the request, cancel it. */
public final class RequesterDesk {

    private static final String NO_REQUEST_BEHIND_THE_LINK = "No tender request behind this link";

    private final TenderRequests requests;
    private final Clock clock;

    public RequesterDesk(TenderRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The request behind the link; 404 for an unknown token, 410 once cancelled or expired. */
    public TenderRequest view(String token) {
        TenderRequest request = find(token);
        request.ensureValidAt(clock.instant());
        return request;
    }

    /** The request behind the link whatever its state (for the answer to a cancellation). */
    public TenderRequest viewAnyState(String token) {
        return find(token);
    }

    /** Cancels the request behind the link; returns it as cancelled. */
    public TenderRequest cancel(String token) {
        String tenderId = find(token).tenderId();
        return requests.decide(tenderId, request -> {
            request.cancel(token, clock.instant());
            return request;
        });
    }

    private TenderRequest find(String token) {
        if (!LinkSecret.looksValid(token)) {
            throw new NotFoundException(NO_REQUEST_BEHIND_THE_LINK);
        }
        return requests.byTokenHash(LinkSecret.hashOf(token))
                .orElseThrow(() -> new NotFoundException(NO_REQUEST_BEHIND_THE_LINK));
    }
}
