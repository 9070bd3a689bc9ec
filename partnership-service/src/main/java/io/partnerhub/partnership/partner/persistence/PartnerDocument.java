package io.partnerhub.partnership.partner.persistence;

import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.partnership.partner.Partner;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A partner's state and unpublished events; id = organization id. Search fields lower-cased. */
@Document(PartnerDocument.COLLECTION)
public class PartnerDocument implements HasOutbox {

    public static final String COLLECTION = "partners";

    @Id
    String id;
    @Version
    Long version;
    PartnerFields partner;
    boolean listed;
    String searchName;
    String searchEmail;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static PartnerDocument of(Partner partner, List<OutboxMessage> messages) {
        PartnerDocument document = new PartnerDocument();
        document.id = partner.id();
        document.partner = PartnerFields.from(partner);
        document.listed = partner.listed();
        document.searchName = partner.legalName().toLowerCase(Locale.ROOT);
        document.searchEmail = partner.contact().email().toLowerCase(Locale.ROOT);
        document.outbox.addAll(messages);
        return document;
    }

    public static Update changesFor(Partner partner) {
        return new Update().set("partner", PartnerFields.from(partner)).set("listed", partner.listed());
    }

    public Partner partner() {
        return partner.toPartner();
    }

    public long version() {
        return version;
    }
}
