package io.partnerhub.partnership.invitation.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnerhub.partnership.invitation.Invitation;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** How long invitations wait: sent until accepted, declined, cancelled or expired (tag {@code outcome}). */
@Component
public class InvitationDurations {

    private final MeterRegistry meters;
    private final Clock clock;

    public InvitationDurations(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    /** Called once the write that ended the invitation succeeded. */
    public void ended(Invitation invitation) {
        Timer.builder("partnerhub.invitation.answer.duration")
                .description("Invitation sent until it was answered, cancelled or expired")
                .tag("outcome", invitation.state().name().toLowerCase(Locale.ROOT))
                .register(meters)
                .record(Duration.between(invitation.createdAt(), clock.instant()));
    }
}
