package io.partnerhub.partnership.export;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLineTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        assertThat(CsvLine.of(Arrays.asList("plain", "a,b", "say \"hi\"", null, "=SUM(A1)")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",,\"'=SUM(A1)\"\r\n");
    }
}
