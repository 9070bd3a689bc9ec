package io.partnerhub.partnership.it;

import io.partnerhub.partnership.attachment.Attachment;
import io.partnerhub.partnership.attachment.AttachmentRole;
import io.partnerhub.partnership.attachment.persistence.AttachmentStore;
import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationDirection;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.invitation.persistence.InvitationDocument;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.partner.Currency;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.ProgramStatus;
import io.partnerhub.partnership.partner.YearlyVolume;
import io.partnerhub.partnership.partner.persistence.PartnerDocument;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipState;
import io.partnerhub.partnership.partnership.PaymentMode;
import io.partnerhub.partnership.partnership.persistence.PartnershipDocument;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Recorded;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.shared.Language;
import io.partnerhub.partnership.shared.Side;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents exactly as the service stored them while the aggregates were mapped by field reflection
 * (captured from a running service, ids made unique) load through the explicit mapping, and a write
 * of the unchanged aggregate stores the very same fields: the stored schema did not change.
 */
@PartnershipServiceIT
class DocumentsOfTodaysShapeIT {

    private static final Instant AT = Instant.parse("2026-12-02T10:01:52.937Z");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    InvitationStore invitations;
    @Autowired
    PartnershipStore partnerships;
    @Autowired
    PartnerStore partners;
    @Autowired
    AttachmentStore attachments;

    private final String partnerId = "partner-" + UUID.randomUUID();
    private final String customerId = "customer-" + UUID.randomUUID();

    @Test
    void aPendingInvitationLoadsAndIsStoredBackUnchanged() {
        String id = UUID.randomUUID().toString();
        Document stored = invitationDocument(id);
        mongo.getCollection(InvitationDocument.COLLECTION).insertOne(stored);

        Versioned<Invitation> loaded = invitations.find(id).orElseThrow();

        Invitation invitation = loaded.aggregate();
        assertThat(loaded.version()).isZero();
        assertThat(invitation.id()).isEqualTo(id);
        assertThat(invitation.direction()).isEqualTo(InvitationDirection.PARTNER_TO_CUSTOMER);
        assertThat(invitation.partner().organizationId()).isEqualTo(partnerId);
        assertThat(invitation.customer().contact().language()).isEqualTo(Language.FR);
        assertThat(invitation.requestedAccess()).isEqualTo(Access.limited(Set.of("web-1", "web-2"), Set.of("mail")));
        assertThat(invitation.grantedAccess()).isNull();
        assertThat(invitation.state()).isEqualTo(InvitationState.PENDING);
        assertThat(invitation.expiresAt()).isEqualTo(AT.plusSeconds(14 * 86400));
        assertThat(invitation.nextReminderAt()).isEqualTo(AT.plusSeconds(11 * 86400));
        assertThat(invitation.tokenHash()).isEqualTo("57e0f741f2717d4c692ddc19359f2f5582aed3f431433a346188a41716ce8223");
        assertThat(invitation.revision()).isEqualTo(1);

        invitations.update(loaded, Recorded.none());

        assertThat(raw(InvitationDocument.COLLECTION, id).get("invitation")).isEqualTo(stored.get("invitation"));
    }

    @Test
    void aPartnershipWithAnOpenIncreaseAndTerminationLoadsAndIsStoredBackUnchanged() {
        String id = UUID.randomUUID().toString();
        Document stored = partnershipDocument(id);
        mongo.getCollection(PartnershipDocument.COLLECTION).insertOne(stored);

        Versioned<Partnership> loaded = partnerships.find(id).orElseThrow();

        Partnership partnership = loaded.aggregate();
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(partnership.state()).isEqualTo(PartnershipState.LIVE);
        assertThat(partnership.access()).isEqualTo(Access.limited(Set.of("web-1"), Set.of()));
        assertThat(partnership.requestedAccess()).isEqualTo(Access.limited(Set.of("web-1", "web-2"), Set.of("mail")));
        assertThat(partnership.pendingIncrease().requested()).isEqualTo(Access.full(PaymentMode.PARTNER));
        assertThat(partnership.pendingTermination().requestedBy()).isEqualTo(Side.CUSTOMER);
        assertThat(partnership.pendingTermination().reason()).isEqualTo("moving");
        assertThat(partnership.pendingTermination().confirmBefore()).isEqualTo(AT.plusSeconds(900));
        assertThat(partnership.startedAt()).isEqualTo(AT);
        assertThat(partnership.revision()).isEqualTo(3);
        assertThat(partnerships.liveBetween(customerId, partnerId)).isPresent();

        partnerships.update(loaded, Recorded.none());

        assertThat(raw(PartnershipDocument.COLLECTION, id).get("partnership")).isEqualTo(stored.get("partnership"));
    }

    @Test
    void aPartnerWithVolumesOptInAndCollaboratorsLoadsAndIsStoredBackUnchanged() {
        Document stored = partnerDocument();
        mongo.getCollection(PartnerDocument.COLLECTION).insertOne(stored);

        Versioned<Partner> loaded = partners.find(partnerId).orElseThrow();

        Partner partner = loaded.aggregate();
        assertThat(loaded.version()).isEqualTo(4);
        assertThat(partner.legalName()).isEqualTo("Helvetic Hosting AG");
        assertThat(partner.application().registration().registerId()).isEqualTo("CHE-123.456.789");
        assertThat(partner.programStatus()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(partner.yearlyVolumes()).containsExactly(new YearlyVolume(2026, new BigDecimal("2100.50"), Currency.CHF));
        assertThat(partner.recordYearlyVolume(new YearlyVolume(2026, BigDecimal.ONE, Currency.CHF), 4)).isEmpty();
        assertThat(partner.listed()).isTrue();
        assertThat(partner.tenderOptIn().optedIn()).isTrue();
        assertThat(partner.tenderOptIn().languages()).containsExactlyInAnyOrder(Language.DE, Language.FR);
        assertThat(partner.collaboratorMayManage("bob.x", "c-2")).isTrue();
        assertThat(partner.collaboratorMayManage("bob.x", "c-3")).isFalse();
        assertThat(partner.revision()).isEqualTo(5);
        assertThat(partners.optedInToTenders(partnerId.substring(0, partnerId.length() - 1), 1000))
                .extracting(Partner::id).contains(partnerId);

        assertThat(partners.tryUpdate(loaded, List.of())).isTrue();

        assertThat(raw(PartnerDocument.COLLECTION, partnerId).get("partner")).isEqualTo(stored.get("partner"));
    }

    @Test
    void anUpgradedAttachmentLoadsAndIsStoredBackUnchanged() {
        Document stored = attachmentDocument();
        mongo.getCollection("attachments").insertOne(stored);

        Attachment attachment = attachments.find(customerId, partnerId).orElseThrow();

        assertThat(attachment.role()).isEqualTo(AttachmentRole.PARTNER);
        assertThat(attachment.partnershipId()).isEqualTo("partnership-1");
        assertThat(attachment.since()).isEqualTo(AT);

        attachments.save(attachment);

        assertThat(raw("attachments", customerId + "|" + partnerId).get("attachment")).isEqualTo(stored.get("attachment"));
        assertThat(attachment.partnershipEnded()).as("falls back to the role it had before").isTrue();
        assertThat(attachment.role()).isEqualTo(AttachmentRole.EXTERNAL_USER);
    }

    private Document raw(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    private Document invitationDocument(String id) {
        Date expiresAt = date(AT.plusSeconds(14 * 86400));
        Document invitation = new Document("_id", id)
                .append("direction", "PARTNER_TO_CUSTOMER")
                .append("partner", party(partnerId, "Helvetic Hosting AG", "legal@helvetic.example", "DE", "Anna Muster"))
                .append("customer", party(customerId, "Boulangerie Dupont", "jean@dupont.example", "FR", "Jean"))
                .append("requestedAccess", limited(List.of("web-1", "web-2"), List.of("mail")))
                .append("senderUserId", "anna")
                .append("state", "PENDING")
                .append("createdAt", date(AT))
                .append("expiresAt", expiresAt)
                .append("reminderTimes", List.of(date(AT.plusSeconds(11 * 86400)), date(AT.plusSeconds(13 * 86400))))
                .append("tokenHash", "57e0f741f2717d4c692ddc19359f2f5582aed3f431433a346188a41716ce8223")
                .append("revision", 1L);
        return new Document("_id", id).append("version", 0L).append("invitation", invitation)
                .append("state", "PENDING").append("partnerId", partnerId).append("customerId", customerId)
                .append("pendingPairKey", customerId + "|" + partnerId).append("expiresAt", expiresAt)
                .append("nextReminderAt", date(AT.plusSeconds(11 * 86400)))
                .append("tokenHash", "57e0f741f2717d4c692ddc19359f2f5582aed3f431433a346188a41716ce8223")
                .append("partnershipPending", false).append("outbox", new ArrayList<>())
                .append("history", List.of(new Document("at", date(AT)).append("actorUserId", "anna")
                        .append("actorOrganizationId", partnerId).append("change", "Created").append("after", "PENDING")))
                .append("_class", "io.partnerhub.partnership.invitation.persistence.InvitationDocument");
    }

    private Document partnershipDocument(String id) {
        Document partnership = new Document("_id", id)
                .append("partner", party(partnerId, "Helvetic Hosting AG", "legal@helvetic.example", "DE", "Anna Muster"))
                .append("customer", party(customerId, "Boulangerie Dupont", "jean@dupont.example", "FR", "Jean"))
                .append("invitationId", "invitation-1")
                .append("requestedAccess", limited(List.of("web-1", "web-2"), List.of("mail")))
                .append("access", limited(List.of("web-1"), List.of()))
                .append("state", "LIVE")
                .append("pendingIncrease", new Document("requested", new Document("level", "FULL")
                        .append("productIds", List.of()).append("productCategories", List.of())
                        .append("paymentMode", "PARTNER"))
                        .append("requestedByUserId", "anna").append("requestedAt", date(AT)))
                .append("pendingTermination", new Document("confirmationId", "cb4ff54b-d7f6-4877-a965-cc8fc85112c7")
                        .append("requestedBy", "CUSTOMER").append("requestedByUserId", "jean")
                        .append("reason", "moving").append("requestedAt", date(AT))
                        .append("confirmBefore", date(AT.plusSeconds(900))))
                .append("startedAt", date(AT))
                .append("revision", 3L);
        return new Document("_id", id).append("version", 2L).append("partnership", partnership)
                .append("state", "LIVE").append("partnerId", partnerId).append("customerId", customerId)
                .append("livePairKey", customerId + "|" + partnerId).append("outbox", new ArrayList<>())
                .append("history", new ArrayList<>())
                .append("_class", "io.partnerhub.partnership.partnership.persistence.PartnershipDocument");
    }

    private Document partnerDocument() {
        Document partner = new Document("_id", partnerId)
                .append("application", new Document("organizationId", partnerId)
                        .append("legalName", "Helvetic Hosting AG")
                        .append("registration", new Document("registerId", "CHE-123.456.789").append("country", "CH"))
                        .append("website", new Document("url", "https://helvetic.example"))
                        .append("contact", contact("legal@helvetic.example", "DE", "Anna Muster"))
                        .append("terms", new Document("version", "2026-01").append("acceptedAt", date(AT))))
                .append("admittedAt", date(AT))
                .append("programStatus", "ACTIVE")
                .append("yearlyVolumes", new Document("reported", List.of(new Document("volume",
                        new Document("year", 2026).append("amount", new Decimal128(new BigDecimal("2100.50")))
                                .append("currency", "CHF")).append("sourceVersion", 4L))))
                .append("listed", true)
                .append("tenderOptIn", new Document("optedIn", true).append("productCategories", List.of("mail"))
                        .append("languages", List.of("DE", "FR")))
                .append("collaborators", List.of(new Document("userId", "bob.x").append("allCustomers", false)
                        .append("customerIds", List.of("c-1", "c-2"))))
                .append("revision", 5L);
        return new Document("_id", partnerId).append("version", 4L).append("partner", partner)
                .append("listed", true).append("searchName", "helvetic hosting ag")
                .append("searchEmail", "legal@helvetic.example").append("outbox", new ArrayList<>())
                .append("_class", "io.partnerhub.partnership.partner.persistence.PartnerDocument");
    }

    private Document attachmentDocument() {
        return new Document("_id", customerId + "|" + partnerId)
                .append("attachment", new Document("customerId", customerId).append("memberOrganizationId", partnerId)
                        .append("role", "PARTNER").append("roleBeforePartnership", "EXTERNAL_USER")
                        .append("partnershipId", "partnership-1").append("since", date(AT)))
                .append("_class", "io.partnerhub.partnership.attachment.persistence.AttachmentStore$AttachmentDocument");
    }

    private static Document party(String organizationId, String name, String email, String language, String person) {
        return new Document("organizationId", organizationId).append("name", name)
                .append("contact", contact(email, language, person));
    }

    private static Document contact(String email, String language, String name) {
        return new Document("email", email).append("language", language).append("name", name);
    }

    private static Document limited(List<String> productIds, List<String> categories) {
        return new Document("level", "LIMITED").append("productIds", productIds).append("productCategories", categories);
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
