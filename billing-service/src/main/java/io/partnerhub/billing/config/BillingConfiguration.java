package io.partnerhub.billing.config;

import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.pricing.LinePricing;
import io.partnerhub.billing.pricing.PriceList;
import io.partnerhub.billing.subscription.ScheduledRenewal;
import io.partnerhub.billing.termination.RenewalsLosingCashback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java domain into Spring; runs the renewal sweep on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BillingConfiguration {

    @Bean
    PriceList priceList() {
        return PriceList.standard();
    }

    @Bean
    LinePricing linePricing(PriceList priceList) {
        return new LinePricing(priceList);
    }

    @Bean
    Checkout checkout(LinePricing linePricing) {
        return new Checkout(linePricing);
    }

    @Bean
    ScheduledRenewal scheduledRenewal(Checkout checkout, PriceList priceList) {
        return new ScheduledRenewal(checkout, priceList);
    }

    @Bean
    RenewalsLosingCashback renewalsLosingCashback(ScheduledRenewal scheduledRenewal) {
        return new RenewalsLosingCashback(scheduledRenewal);
    }
}
