package io.partnerhub.partnership.persistence;

import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.OutboxRelay;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One atomic document write per change: the new state and its outbox messages together, guarded
 * by the version read (optimistic locking) and any extra condition (state, deadline). A write that
 * finds the document changed meanwhile writes nothing and fails.
 */
@Component
public class GuardedWrites {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public GuardedWrites(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public <D> D insert(D document) {
        D saved = mongo.insert(document);
        relay.wake();
        return saved;
    }

    /** Applies {@code changes} if the document still has {@code version} and matches {@code guard}. */
    public <D> D update(Class<D> type, String id, long version, Criteria guard, Update changes,
                        List<OutboxMessage> messages) {
        return update(type, id, version, guard, changes, new Recorded(messages, List.of()));
    }

    public <D> D update(Class<D> type, String id, long version, Criteria guard, Update changes, Recorded recorded) {
        D updated = tryUpdate(type, id, version, guard, changes, recorded);
        if (updated == null) {
            throw new OptimisticLockingFailureException("the " + type.getSimpleName()
                    + " changed meanwhile; reload and try again");
        }
        return updated;
    }

    /** Like {@link #update} but answers null instead of failing when another writer won. */
    public <D> D tryUpdate(Class<D> type, String id, long version, Criteria guard, Update changes,
                           Recorded recorded) {
        List<OutboxMessage> messages = recorded.messages();
        Query query = Query.query(Criteria.where("_id").is(id).and("version").is(version));
        if (guard != null) {
            query.addCriteria(guard);
        }
        changes.inc("version", 1);
        if (!messages.isEmpty()) {
            changes.push("outbox").each(messages.toArray());
        }
        if (!recorded.history().isEmpty()) {
            changes.push("history").each(recorded.history().toArray());
        }
        D updated = mongo.findAndModify(query, changes, FindAndModifyOptions.options().returnNew(true), type);
        if (updated != null && !messages.isEmpty()) {
            relay.wake();
        }
        return updated;
    }
}
