package io.partnerhub.partnership.partnership.persistence;

import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.audit.AuditEntry;
import io.partnerhub.partnership.persistence.Recorded;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;

/**
 * A partnership's state and its unpublished events in one document. {@code livePairKey} is the
 * customer–partner pair while live and unique per partnership once ended: the unique index on it
 * keeps one live partnership per pair (R16).
 */
@Document(PartnershipDocument.COLLECTION)
public class PartnershipDocument implements HasOutbox {

    public static final String COLLECTION = "partnerships";

    @Id
    String id;
    @Version
    Long version;
    PartnershipFields partnership;
    PartnershipState state;
    String partnerId;
    String customerId;
    String livePairKey;
    List<OutboxMessage> outbox = new ArrayList<>();
    /** R17: every change, who and when, before → after. */
    List<AuditEntry> history = new ArrayList<>();

    public static PartnershipDocument of(Partnership partnership, Recorded recorded) {
        PartnershipDocument document = new PartnershipDocument();
        document.id = partnership.id();
        document.partnership = PartnershipFields.from(partnership);
        document.state = partnership.state();
        document.partnerId = partnership.partner().organizationId();
        document.customerId = partnership.customer().organizationId();
        document.livePairKey = pairKey(partnership);
        document.outbox.addAll(recorded.messages());
        document.history.addAll(recorded.history());
        return document;
    }

    public static Update changesFor(Partnership partnership) {
        return new Update().set("partnership", PartnershipFields.from(partnership)).set("state", partnership.state())
                .set("livePairKey", pairKey(partnership));
    }

    public static String livePair(String customerId, String partnerId) {
        return customerId + "|" + partnerId;
    }

    static String pairKey(Partnership partnership) {
        return partnership.isLive()
                ? livePair(partnership.customer().organizationId(), partnership.partner().organizationId())
                : "ended|" + partnership.id();
    }

    public Partnership partnership() {
        return partnership.toPartnership();
    }

    public long version() {
        return version;
    }

    public List<AuditEntry> history() {
        return history;
    }
}
