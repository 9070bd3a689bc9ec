package io.partnerhub.tender.request;

import java.util.function.Function;

/**
 * Load, decide, save-if-unchanged, and start over when another writer came first. The decision is
 * made again on fresh state, so the rules hold under any interleaving (exactly one partner wins
 * the last reveal slot; a reveal after a concurrent cancel answers Gone).
 */
public final class ConflictingUpdates {

    public static final int ATTEMPTS = 20;

    private ConflictingUpdates() {
    }

    public static <T> T apply(TenderRequests requests, String tenderId, Function<TenderRequest, T> decision) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TenderRequest request = requests.byId(tenderId).orElseThrow(() -> new TenderNotFoundException(tenderId));
            long loaded = request.state().revision();
            T result = decision.apply(request);
            if (request.pendingEvents().isEmpty() || requests.saveIfUnchanged(request, loaded)) {
                return result;
            }
        }
        throw new IllegalStateException("Request " + tenderId + " is changing too fast; try again");
    }
}
