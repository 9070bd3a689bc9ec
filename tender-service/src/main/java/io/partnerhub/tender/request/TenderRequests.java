package io.partnerhub.tender.request;

import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.plain.OptimisticRetry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where requests live. Adding or saving stores the state and its pending events in one atomic write,
 * then tells the request its events are saved.
 */
public interface TenderRequests {

    Optional<TenderRequest> byId(String tenderId);

    Optional<TenderRequest> byTokenHash(String tokenHash);

    void add(TenderRequest request);

    /**
     * Saves the changes only if nobody saved the request since it was loaded at {@code loadedRevision};
     * answers false otherwise (the caller reloads and decides again). After a save the request has no
     * pending events left.
     */
    boolean saveIfUnchanged(TenderRequest request, long loadedRevision);

    /** Ids of the requests due for expiry at {@code now} ({@link ValidityCondition#isDueForExpiry}), oldest first. */
    List<String> dueForExpiry(Instant now, int limit);

    /**
     * Which of these requests are valid at {@code now} — {@link ValidityCondition#isValid}: OPEN and
     * before {@code expiresAt}, whether or not the expiry sweeper has come by — read in one go from
     * the store as it is at the moment of the call (never a cache). Unknown ids are simply absent.
     */
    Set<String> validAmong(Collection<String> tenderIds, Instant now);

    /**
     * Loads the request, lets {@code decision} change it, and saves the change only if nobody saved the
     * request since it was loaded; otherwise decides again on fresh state, so the rules hold under any
     * interleaving (exactly one partner wins the last reveal slot; a reveal after a concurrent cancel
     * answers Gone). A decision that changes nothing writes nothing.
     *
     * @throws NotFoundException                            no such request
     * @throws io.partnerhub.kit.plain.ConcurrentUpdateException other writers kept coming first
     */
    default <T> T decide(String tenderId, Function<TenderRequest, T> decision) {
        return OptimisticRetry.untilWritten("Request " + tenderId, () -> {
            TenderRequest request = byId(tenderId).orElseThrow(() -> new NotFoundException("No tender request " + tenderId));
            long loaded = request.state().revision();
            T result = decision.apply(request);
            boolean written = request.pendingEvents().isEmpty() || saveIfUnchanged(request, loaded);
            return written ? Optional.of(result) : Optional.empty();
        });
    }
}
