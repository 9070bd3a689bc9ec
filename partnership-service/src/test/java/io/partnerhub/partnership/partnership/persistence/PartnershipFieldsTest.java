package io.partnerhub.partnership.partnership.persistence;

import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.PartnershipFixture;
import io.partnerhub.partnership.partnership.PaymentMode;
import io.partnerhub.partnership.shared.Side;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipFieldsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aPartnershipWithAnOpenIncreaseAndTerminationComesBackAsItWasStored() {
        Partnership partnership = PartnershipFixture.live(PartnershipFixture.WEB_ONLY, NOW);
        partnership.requestAccessIncrease(Access.full(PaymentMode.PARTNER), "anna", NOW);
        partnership.requestTermination(Side.CUSTOMER, "jean", "moving", NOW);

        assertThat(PartnershipFields.from(partnership).toPartnership().snapshot()).isEqualTo(partnership.snapshot());
    }

    @Test
    void anEndedPartnershipComesBackAsItWasStored() {
        Partnership partnership = PartnershipFixture.live(Access.full(PaymentMode.CUSTOMER), NOW);
        String confirmation = partnership.requestTermination(Side.PARTNER, "anna", null, NOW).termination()
                .confirmationId();
        partnership.confirmTermination(confirmation, "anna", NOW.plusSeconds(60));

        assertThat(PartnershipFields.from(partnership).toPartnership().snapshot()).isEqualTo(partnership.snapshot());
    }
}
