package io.partnerhub.tender.it;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.common.Language;
import io.partnerhub.events.common.Recipient;
import io.partnerhub.events.partnership.PartnerTenderOptInChanged;
import io.partnerhub.platform.EmbeddedPlatform;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Partner events as partnership-service publishes them, and partner tokens. */
public final class PartnerFixture {

    private PartnerFixture() {
    }

    public static PartnerTenderOptInChanged optIn(String partnerId, long version, boolean optedIn,
                                                  List<String> categories, List<Language> languages) {
        return PartnerTenderOptInChanged.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                        .setCorrelationId(UUID.randomUUID().toString()).setAggregateId(partnerId)
                        .setAggregateVersion(version).build())
                .setPartnerId(partnerId)
                .setLegalName("Partner " + partnerId + " AG")
                .setOptedIn(optedIn)
                .setProductCategories(categories)
                .setLanguages(languages)
                .setContact(new Recipient(partnerId + "@partners.example", Language.DE, "Sales " + partnerId))
                .build();
    }

    public static String topic() {
        return Topic.PARTNERS.topicName();
    }

    public static String bearer(String partnerId) {
        return bearer(partnerId, "LEGAL_REPRESENTATIVE");
    }

    /** A user of the partner with one role: LEGAL_REPRESENTATIVE, ADMIN or COLLABORATOR. */
    public static String bearer(String partnerId, String role) {
        return "Bearer " + EmbeddedPlatform.shared().tokens().issue(role.toLowerCase() + "-" + partnerId, partnerId,
                Set.of(role));
    }
}
