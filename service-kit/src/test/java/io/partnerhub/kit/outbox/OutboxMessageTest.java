package io.partnerhub.kit.outbox;

import io.partnerhub.events.Topic;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.events.partnership.PartnerDirectoryListingChanged;
import io.partnerhub.kit.security.Caller;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMessageTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00.123456Z"), ZoneOffset.UTC);
    final EventMetadataFactory metadata = new EventMetadataFactory(CLOCK);

    @Test
    void takesIdTimeAndTypeFromTheEventAndRoundTrips() {
        PartnerDirectoryListingChanged event = event(metadata.create("p-1", 3, null, "corr-1", null));
        OutboxMessage message = OutboxMessage.of(Topic.PARTNERS, "p-1", event);
        assertThat(message.eventId()).isEqualTo(event.getMetadata().getEventId().toString());
        assertThat(message.topic()).isEqualTo("partnerhub.partnership.partner.v1");
        assertThat(message.key()).isEqualTo("p-1");
        assertThat(message.type()).isEqualTo(PartnerDirectoryListingChanged.class.getName());
        assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-26T12:00:00.123Z"));
        assertThat(message.event()).isEqualTo(event);
    }

    @Test
    void metadataCarriesCallerCorrelationAndCausation() {
        Caller caller = new Caller("u-1", "o-1", Set.of("ADMIN"), null);
        EventMetadata created = metadata.create("p-1", 4, caller, "corr-1", "cause-1");
        assertThat(created.getActorUserId()).isEqualTo("u-1");
        assertThat(created.getActorOrganizationId()).isEqualTo("o-1");
        assertThat(created.getCorrelationId()).isEqualTo("corr-1");
        assertThat(created.getCausationId()).isEqualTo("cause-1");
        assertThat(created.getAggregateVersion()).isEqualTo(4);
        EventMetadata caused = metadata.causedBy(created, "w-1", 1);
        assertThat(caused.getCorrelationId()).isEqualTo("corr-1");
        assertThat(caused.getCausationId()).isEqualTo(created.getEventId().toString());
        assertThat(caused.getActorUserId()).isNull();
    }

    @Test
    void withoutCorrelationIdOneIsMade() {
        assertThat(metadata.create("p-1", 1, null, null, null).getCorrelationId()).isNotBlank();
    }

    @Test
    void refusesAClassOutsideTheEventPackage() {
        assertThatThrownBy(() -> AvroBinary.decode("java.lang.String", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PartnerDirectoryListingChanged event(EventMetadata metadata) {
        return PartnerDirectoryListingChanged.newBuilder().setMetadata(metadata).setPartnerId("p-1")
                .setLegalName("Müller & Söhne AG").setListed(true).build();
    }
}
