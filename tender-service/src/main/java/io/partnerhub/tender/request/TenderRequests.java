package io.partnerhub.tender.request;

import java.util.List;
import java.time.Instant;
import java.util.Optional;

/** Where requests live. Saving stores the state and its pending events in one atomic write. */
public interface TenderRequests {

    Optional<TenderRequest> byId(String tenderId);

    Optional<TenderRequest> byTokenHash(String tokenHash);

    void add(TenderRequest request);

    /**
     * Saves the changes only if nobody saved the request since it was loaded at {@code loadedRevision};
     * answers false otherwise (the caller reloads and decides again).
     */
    boolean saveIfUnchanged(TenderRequest request, long loadedRevision);

    /** Ids of open requests whose validity ended before {@code now}, oldest first. */
    List<String> dueForExpiry(Instant now, int limit);
}
