package io.partnerhub.kit.testapp;

import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Events for the kit's tests: a small partnership event with a given name. */
public final class TestEvents {

    private TestEvents() {
    }

    public static PartnerDirectoryListingChanged listingChanged(String aggregateId, long version, String name) {
        EventMetadata metadata = EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setCorrelationId("test-" + aggregateId)
                .setAggregateId(aggregateId)
                .setAggregateVersion(version)
                .build();
        return PartnerDirectoryListingChanged.newBuilder()
                .setMetadata(metadata).setPartnerId(aggregateId).setLegalName(name).setListed(true).build();
    }
}
