package io.partnerhub.tender.abuse.persistence;

import io.partnerhub.tender.abuse.FixedWindow;
import io.partnerhub.tender.abuse.SubmissionGuard;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;

/** One counter document per (hashed key, window): an atomic upsert-and-increment. */
@Repository
public class MongoAttemptCounter implements SubmissionGuard.AttemptCounter {

    public static final String COLLECTION = "tender_submission_counters";

    private final MongoTemplate mongo;

    public MongoAttemptCounter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long countAttempt(String key, FixedWindow window) {
        Query counter = Query.query(Criteria.where("_id").is(key + "@" + window.start().toEpochMilli()));
        Update increment = new Update().inc("count", 1).setOnInsert("windowEnd", window.end());
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(counter, increment, options, Document.class, COLLECTION).get("count", Number.class)
                    .longValue();
        } catch (DuplicateKeyException racedOnInsert) {
            return mongo.findAndModify(counter, increment, options, Document.class, COLLECTION).get("count", Number.class)
                    .longValue();
        }
    }

    /** Drops counters of windows that ended (TTL indexes do not run on every Mongo stand-in). */
    public long forgetBefore(Instant now) {
        return mongo.remove(Query.query(Criteria.where("windowEnd").lt(now)), COLLECTION).getDeletedCount();
    }
}
