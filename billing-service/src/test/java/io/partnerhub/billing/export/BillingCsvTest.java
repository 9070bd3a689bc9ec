package io.partnerhub.billing.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BillingCsvTest {

    @Test
    void quotesAndNeutralizesFormulas() {
        assertThat(BillingCsv.row(List.of("a,b", "say \"hi\"", "=SUM(A1)", "-12.50", "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),-12.50,plain\r\n");
    }

    @Test
    void headerNamesEveryColumn() {
        assertThat(BillingCsv.headerLine()).startsWith("order_id,placed_at,customer_id").endsWith("benefit_reason\r\n");
    }
}
