package io.partnerhub.tender.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/** The store contract in memory: save-if-unchanged is a compare-and-set on the revision. */
public final class InMemoryTenderRequests implements TenderRequests {

    private final Map<String, TenderRequestState> states = new ConcurrentHashMap<>();
    public final List<TenderEvent> published = new ArrayList<>();

    @Override
    public Optional<TenderRequest> byId(String tenderId) {
        return Optional.ofNullable(states.get(tenderId)).map(TenderRequest::restore);
    }

    @Override
    public Optional<TenderRequest> byTokenHash(String tokenHash) {
        return states.values().stream().filter(s -> s.requesterTokenHash().equals(tokenHash)).findFirst()
                .map(TenderRequest::restore);
    }

    @Override
    public synchronized void add(TenderRequest request) {
        if (states.putIfAbsent(request.tenderId(), request.state()) != null) {
            throw new IllegalStateException("duplicate");
        }
        published.addAll(request.pendingEvents());
        request.eventsSaved();
    }

    @Override
    public synchronized boolean saveIfUnchanged(TenderRequest request, long loadedRevision) {
        TenderRequestState current = states.get(request.tenderId());
        if (current.revision() != loadedRevision) {
            return false;
        }
        states.put(request.tenderId(), request.state());
        published.addAll(request.pendingEvents());
        request.eventsSaved();
        return true;
    }

    @Override
    public List<String> dueForExpiry(Instant now, int limit) {
        return states.values().stream()
                .filter(s -> ValidityCondition.at(now).isDueForExpiry(s.status(), s.expiresAt()))
                .sorted(Comparator.comparing(TenderRequestState::expiresAt))
                .limit(limit).map(TenderRequestState::tenderId).toList();
    }

    @Override
    public Set<String> validAmong(Collection<String> tenderIds, Instant now) {
        return tenderIds.stream().filter(states::containsKey)
                .filter(id -> TenderRequest.restore(states.get(id)).isValidAt(now)).collect(Collectors.toSet());
    }

    public synchronized <T extends TenderEvent> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
