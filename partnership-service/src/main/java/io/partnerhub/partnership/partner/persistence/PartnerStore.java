package io.partnerhub.partnership.partner.persistence;

import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.persistence.GuardedWrites;
import io.partnerhub.partnership.persistence.Recorded;
import io.partnerhub.partnership.persistence.Versioned;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads and writes partner documents; every write is one guarded document write. */
@Component
public class PartnerStore {

    private final MongoTemplate mongo;
    private final GuardedWrites writes;

    public PartnerStore(MongoTemplate mongo, GuardedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /**
     * The opt-in flag inside the stored partner, not a copy beside it: every stored partner
     * document already has it, so no document needs rewriting before the query finds it.
     */
    private static final String TENDER_OPTED_IN = PartnerFields.TENDER_OPTED_IN;

    public void createIndexes() {
        var indexes = mongo.indexOps(PartnerDocument.class);
        indexes.createIndex(new Index().on("listed", Sort.Direction.ASC)
                .on("searchName", Sort.Direction.ASC).named("directory"));
        indexes.createIndex(new Index().on(TENDER_OPTED_IN, Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("tender_subscribers"));
    }

    public void insert(Partner partner, List<OutboxMessage> messages) {
        writes.insert(PartnerDocument.of(partner, messages));
    }

    public Optional<Versioned<Partner>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PartnerDocument.class))
                .map(document -> new Versioned<>(document.partner(), document.version()));
    }

    /** Writes the new state if nobody changed the partner since it was read; false when another writer came first. */
    public boolean tryUpdate(Versioned<Partner> loaded, List<OutboxMessage> messages) {
        return writes.tryUpdate(PartnerDocument.class, loaded.aggregate().id(), loaded.version(), null,
                PartnerDocument.changesFor(loaded.aggregate()), new Recorded(messages, List.of())) != null;
    }

    /** Every partner's id, in id order, streamed from a cursor. */
    public Stream<String> ids() {
        Query query = new Query().with(Sort.by("_id"));
        query.fields().include("_id");
        return mongo.stream(query, org.bson.Document.class, PartnerDocument.COLLECTION)
                .map(document -> document.getString("_id"));
    }

    /** One page of the partners opted in to tender requests, by id, after {@code afterId} (null: from the first). */
    public List<Partner> optedInToTenders(String afterId, int limit) {
        Criteria criteria = Criteria.where(TENDER_OPTED_IN).is(true);
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(limit);
        query.fields().exclude("outbox");
        return mongo.find(query, PartnerDocument.class).stream().map(PartnerDocument::partner).toList();
    }

    /** R10: listed partners whose name contains the term, or whose contact email is the term. */
    public List<Partner> searchDirectory(String term, int limit) {
        String needle = term.trim().toLowerCase(Locale.ROOT);
        Query query = Query.query(Criteria.where("listed").is(true).orOperator(
                        Criteria.where("searchName").regex(Pattern.quote(needle)),
                        Criteria.where("searchEmail").is(needle)))
                .with(Sort.by("searchName")).limit(limit);
        return mongo.find(query, PartnerDocument.class).stream().map(PartnerDocument::partner).toList();
    }
}
