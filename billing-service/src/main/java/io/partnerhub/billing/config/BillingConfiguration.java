package io.partnerhub.billing.config;

import io.partnerhub.billing.order.Checkout;
import io.partnerhub.billing.pricing.LinePricing;
import io.partnerhub.billing.pricing.PriceList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java domain into Spring. */
@Configuration(proxyBeanMethods = false)
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
}
