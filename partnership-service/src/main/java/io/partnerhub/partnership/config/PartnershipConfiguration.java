package io.partnerhub.partnership.config;

import io.partnerhub.partnership.invitation.InvitationPolicy;
import io.partnerhub.partnership.invitation.persistence.InvitationStore;
import io.partnerhub.partnership.invitation.persistence.SendHoldStore;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Duration;
import java.util.List;

/** Wiring the domain needs: the invitation policy from configuration, indexes at start-up. */
@Configuration
@EnableScheduling
public class PartnershipConfiguration {

    @Bean
    InvitationPolicy invitationPolicy(@Value("${partnerhub.invitations.validity:P14D}") Duration validity,
                                      @Value("${partnerhub.invitations.reminders-before:P3D,P1D}") List<Duration> reminders) {
        return new InvitationPolicy(validity, reminders);
    }

    static {
        // the caller comes from the JWT, not from the request: keep it out of the OpenAPI document
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(io.partnerhub.kit.security.Caller.class);
    }

    @Bean
    ApplicationRunner createIndexes(InvitationStore invitations, SendHoldStore sendHolds, PartnershipStore partnerships,
                                     PartnerStore partners) {
        return arguments -> {
            invitations.createIndexes();
            sendHolds.createIndexes();
            partnerships.createIndexes();
            partners.createIndexes();
        };
    }
}
