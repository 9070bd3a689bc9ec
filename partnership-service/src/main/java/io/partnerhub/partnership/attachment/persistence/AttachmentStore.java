package io.partnerhub.partnership.attachment.persistence;

import io.partnerhub.partnership.attachment.Attachment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** One document per (customer, member organization): the id makes a duplicate attachment impossible (R12). */
@Component
public class AttachmentStore {

    @Document("attachments")
    static class AttachmentDocument {
        @Id
        String id;
        AttachmentFields attachment;
    }

    private final MongoTemplate mongo;

    public AttachmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Attachment> find(String customerId, String memberOrganizationId) {
        return Optional.ofNullable(mongo.findById(key(customerId, memberOrganizationId), AttachmentDocument.class))
                .map(document -> document.attachment.toAttachment());
    }

    public void save(Attachment attachment) {
        AttachmentDocument document = new AttachmentDocument();
        document.id = key(attachment.customerId(), attachment.memberOrganizationId());
        document.attachment = AttachmentFields.from(attachment);
        mongo.save(document);
    }

    public void remove(String customerId, String memberOrganizationId) {
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id")
                        .is(key(customerId, memberOrganizationId))), AttachmentDocument.class);
    }

    /** R12: attaches the partner, upgrading an existing lesser attachment. True when it upgraded one. */
    public boolean attachPartner(String customerId, String partnerId, String partnershipId, Instant now) {
        Optional<Attachment> existing = find(customerId, partnerId);
        Attachment attachment = existing.orElseGet(() -> Attachment.partner(customerId, partnerId, partnershipId, now));
        boolean upgraded = existing.isPresent() && attachment.upgradeToPartner(partnershipId, now);
        save(attachment);
        return upgraded;
    }

    private static String key(String customerId, String memberOrganizationId) {
        return customerId + "|" + memberOrganizationId;
    }
}
