package io.partnerhub.tender.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Which of these requests are valid at {@code now} — {@link TenderRequest#isValidAt}: OPEN and
     * before {@code expiresAt}, whether or not the expiry sweeper has come by — read in one go from
     * the store as it is at the moment of the call (never a cache). Unknown ids are simply absent.
     */
    Set<String> validAmong(Collection<String> tenderIds, Instant now);
}
