package io.partnerhub.billing;

import io.partnerhub.billing.it.BillingIntegrationTest;
import io.partnerhub.testing.ServiceHealthContract;
import org.junit.jupiter.api.Test;

/** The shared health and OpenAPI contract, on the flow tests' context (one cached context for both). */
class BillingServiceHealthIT extends BillingIntegrationTest implements ServiceHealthContract {

    @Test
    void documentsTheOrdersApiAndServesOnlyThePriceListWithoutAToken() {
        client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/orders']").exists();
        client().get().uri("/price-list").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.products[0].price.CHF").isEqualTo("9.92")
                .jsonPath("$.volumeTiers[4].reductionPercent").isEqualTo("25");
        client().get().uri("/invoices").exchange().expectStatus().isUnauthorized();
    }
}
