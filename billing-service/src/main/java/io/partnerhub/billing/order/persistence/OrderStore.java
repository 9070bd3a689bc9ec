package io.partnerhub.billing.order.persistence;

import io.partnerhub.billing.invoice.Invoice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Orders (with their invoices) in Mongo. */
@Component
public class OrderStore {

    private static final String INVOICE_PREFIX = Invoice.idFor("");

    private final MongoTemplate mongo;

    public OrderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts the order and its pending events in one write; false when the id already exists. */
    public boolean insert(OrderDocument order) {
        try {
            mongo.insert(order);
            return true;
        } catch (DuplicateKeyException alreadyPlaced) {
            return false;
        }
    }

    public Optional<OrderDocument> find(String orderId) {
        return Optional.ofNullable(mongo.findById(orderId, OrderDocument.class));
    }

    /** The order that carries the invoice, whoever asks: who may see it is {@link Invoice#visibleTo}'s to say. */
    public Optional<OrderDocument> findInvoice(String invoiceId) {
        if (!invoiceId.startsWith(INVOICE_PREFIX)) {
            return Optional.empty();
        }
        return find(invoiceId.substring(INVOICE_PREFIX.length()));
    }

    /**
     * The invoices visible to the organization, newest first. An invoice is visible to its payer alone
     * ({@link Invoice#visibleTo}), and {@code payerOrganizationId} is stored from the invoice's payer, so
     * selecting on it is that same definition (InvoiceVisibilityIT checks that the two agree).
     */
    public List<OrderDocument> invoicesVisibleTo(String organizationId, int page, int size) {
        Query query = Query.query(where("payerOrganizationId").is(organizationId))
                .with(Sort.by(Sort.Direction.DESC, "placedAt")).skip((long) page * size).limit(size);
        return mongo.find(query, OrderDocument.class);
    }

    public List<OrderDocument> ofPartnership(String partnershipId) {
        return mongo.find(Query.query(where("partnershipId").is(partnershipId))
                .with(Sort.by(Sort.Direction.ASC, "placedAt")), OrderDocument.class);
    }
}
