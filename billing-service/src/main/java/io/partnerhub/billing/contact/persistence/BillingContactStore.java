package io.partnerhub.billing.contact.persistence;

import io.partnerhub.billing.contact.BillingContact;
import io.partnerhub.billing.contact.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** One billing contact per organization, keyed by its id. */
@Component
public class BillingContactStore {

    @Document("billing_contacts")
    record BillingContactDocument(@Id String organizationId, String email, String language, String name,
                                  Instant updatedAt) {
    }

    private final MongoTemplate mongo;

    public BillingContactStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<BillingContact> find(String organizationId) {
        return Optional.ofNullable(mongo.findById(organizationId, BillingContactDocument.class))
                .map(found -> new BillingContact(found.organizationId(), found.email(),
                        Language.valueOf(found.language()), found.name()));
    }

    public void save(BillingContact contact, Instant at) {
        mongo.save(new BillingContactDocument(contact.organizationId(), contact.email(), contact.language().name(),
                contact.name(), at));
    }
}
