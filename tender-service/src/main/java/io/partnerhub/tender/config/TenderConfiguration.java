package io.partnerhub.tender.config;

import io.partnerhub.tender.abuse.SubmissionGuard;
import io.partnerhub.tender.abuse.SubmissionLimits;
import io.partnerhub.tender.abuse.persistence.MongoAttemptCounter;
import io.partnerhub.tender.distribution.OfferBook;
import io.partnerhub.tender.request.ExpirySweep;
import io.partnerhub.tender.request.OpenTenderChecks;
import io.partnerhub.tender.request.PartnerDesk;
import io.partnerhub.tender.request.RequesterDesk;
import io.partnerhub.tender.request.TenderRequests;
import io.partnerhub.tender.request.TenderSubmissions;
import io.partnerhub.tender.request.ValidityPolicy;
import io.partnerhub.tender.reveal.RevealPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** Wires the plain-Java use cases to their Mongo adapters. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(TenderProperties.class)
public class TenderConfiguration {

    @Bean
    TenderSubmissions tenderSubmissions(TenderRequests requests, MongoAttemptCounter counter, TenderProperties properties,
                                        Clock clock) {
        TenderProperties.Abuse abuse = properties.abuse();
        SubmissionGuard guard = new SubmissionGuard(counter,
                new SubmissionLimits(abuse.perEmail(), abuse.perClientAddress(), abuse.window()), clock);
        return new TenderSubmissions(requests, guard, new ValidityPolicy(properties.validity()),
                new RevealPolicy(properties.revealCap()), clock);
    }

    @Bean
    RequesterDesk requesterDesk(TenderRequests requests, Clock clock) {
        return new RequesterDesk(requests, clock);
    }

    @Bean
    PartnerDesk partnerDesk(TenderRequests requests, OfferBook offers, Clock clock) {
        return new PartnerDesk(requests, offers, clock);
    }

    @Bean
    OpenTenderChecks openTenderChecks(TenderRequests requests, Clock clock) {
        return new OpenTenderChecks(requests, clock);
    }

    @Bean
    ExpirySweep expirySweep(TenderRequests requests, Clock clock, TenderProperties properties) {
        return new ExpirySweep(requests, clock, properties.expiry().batchSize());
    }
}
