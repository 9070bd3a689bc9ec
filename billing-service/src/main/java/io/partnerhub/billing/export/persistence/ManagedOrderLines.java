package io.partnerhub.billing.export.persistence;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.partnerhub.billing.export.BillingCsv;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Streams a partner's managed order lines as CSV straight from a Mongo cursor, batch by batch:
 * memory stays flat whatever the number of lines. Raw documents, no object mapping per row.
 */
@Component
public class ManagedOrderLines {

    private static final int BATCH = 1_000;

    private final MongoTemplate mongo;

    public ManagedOrderLines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Writes the header and every line of the partner's orders for {@code customers} (those it has a
     * live partnership with now); returns the number of lines written.
     */
    public long writeCsv(String partnerId, Collection<String> customers, Instant from, Instant to, Writer out)
            throws IOException {
        long lines = 0;
        out.write(BillingCsv.headerLine());
        if (customers.isEmpty()) {
            out.flush();
            return 0;
        }
        Bson filter = Filters.and(Filters.eq("partnerId", partnerId), Filters.in("customerId", customers),
                Filters.gte("placedAt", Date.from(from)), Filters.lt("placedAt", Date.from(to)));
        try (MongoCursor<Document> cursor = mongo.getCollection("orders").find(filter)
                .projection(new Document("outbox", 0))
                .sort(Sorts.ascending("placedAt", "_id")).batchSize(BATCH).iterator()) {
            while (cursor.hasNext()) {
                Document order = cursor.next();
                for (Document line : order.getList("lines", Document.class, List.of())) {
                    out.write(BillingCsv.row(row(order, line)));
                    lines++;
                }
            }
        }
        out.flush();
        return lines;
    }

    private static List<String> row(Document order, Document line) {
        return List.of(order.getString("_id"), order.getDate("placedAt").toInstant().toString(),
                order.getString("customerId"), Boolean.toString(order.getBoolean("renewal", false)),
                order.getString("orderedBy"), order.getString("paidBy"), String.valueOf(line.getInteger("lineNo")),
                line.getString("productId"), line.getString("category"), String.valueOf(line.getInteger("quantity")),
                order.getString("currency"), line.getString("publicPrice"), line.getString("pricePaid"),
                line.getString("benefit"), line.getString("benefitAmount"), line.getString("reason"));
    }
}
