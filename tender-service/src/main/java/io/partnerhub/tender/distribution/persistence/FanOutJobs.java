package io.partnerhub.tender.distribution.persistence;

import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.FanOutJob;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.request.persistence.TenderRequestDocumentReader;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Fan-out progress lives in the request document ({@code fanOut: {lastPartnerId, done, owner, until}}),
 * written in the same insert as the request, so no submitted request can miss its fan-out. An
 * instance claims a pending fan-out with a lease (findAndModify), renews it with every batch and
 * loses it to another instance if it dies; progress writes are guarded by ownership.
 */
@Repository
public class FanOutJobs {

    private static final String COLLECTION = "tender_requests";

    private final MongoTemplate mongo;
    private final TenderRequestDocumentReader reader;
    private final Clock clock;

    public FanOutJobs(MongoTemplate mongo, TenderRequestDocumentReader reader, Clock clock) {
        this.mongo = mongo;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * A claimed fan-out and the trace it was submitted in (null: none). Whether its request is still
     * valid is read again before every batch, not taken from the claim.
     */
    public record Claim(String owner, FanOutJob job, String traceparent) {
    }

    public Optional<Claim> claimNext(String owner, Duration lease) {
        Query claimable = Query.query(Criteria.where("fanOut.done").is(false).orOperator(
                Criteria.where("fanOut.until").is(null), Criteria.where("fanOut.until").lt(clock.instant())));
        Update take = new Update().set("fanOut.owner", owner).set("fanOut.until", clock.instant().plus(lease));
        Document claimed = mongo.findAndModify(claimable, take, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        if (claimed == null) {
            return Optional.empty();
        }
        TenderRequest request = reader.read(claimed);
        Document fanOut = claimed.get("fanOut", Document.class);
        return Optional.of(new Claim(owner, new FanOutJob(request.tenderId(), request.excerpt(), request.expiresAt(),
                fanOut.getString("lastPartnerId")), fanOut.getString("traceparent")));
    }

    /** The progress port for one claimed run; throws {@link LeaseLostException} if another instance took over. */
    public FanOut.Progress progressOf(Claim claim, Duration lease) {
        return new FanOut.Progress() {
            @Override
            public void advanced(FanOutJob job) {
                guarded(claim, new Update().set("fanOut.lastPartnerId", job.lastPartnerId())
                        .set("fanOut.until", clock.instant().plus(lease)));
            }

            @Override
            public void finished(FanOutJob job) {
                finish(claim);
            }
        };
    }

    public void finish(Claim claim) {
        guarded(claim, new Update().set("fanOut.done", true).unset("fanOut.owner").unset("fanOut.until"));
    }

    /** Gives the fan-out back (graceful stop) so another instance resumes it without waiting for the lease. */
    public void release(Claim claim) {
        mongo.updateFirst(owned(claim), new Update().unset("fanOut.owner").unset("fanOut.until"), COLLECTION);
    }

    /**
     * Gives the fan-out back to be retried after {@code delay} by any instance, from its saved cursor
     * (partnership-service could not be asked). Does nothing if another instance owns it by now.
     */
    public void postpone(Claim claim, Duration delay) {
        mongo.updateFirst(owned(claim), new Update().unset("fanOut.owner").set("fanOut.until",
                clock.instant().plus(delay)), COLLECTION);
    }

    private void guarded(Claim claim, Update update) {
        if (mongo.updateFirst(owned(claim), update, COLLECTION).getMatchedCount() == 0) {
            throw new LeaseLostException(claim.job().tenderId());
        }
    }

    private static Query owned(Claim claim) {
        return Query.query(Criteria.where("_id").is(claim.job().tenderId()).and("fanOut.owner").is(claim.owner()));
    }

    /** Another instance owns the fan-out now; this one stops. */
    public static class LeaseLostException extends RuntimeException {
        LeaseLostException(String tenderId) {
            super("Lost the fan-out lease of request " + tenderId);
        }
    }
}
