package io.partnerhub.platform.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkTableTest {

    @Test
    void aRateTargetIsARatioAgainstTheSameRunsLimit() {
        BenchmarkRow fanOut = BenchmarkRow.ratioAtLeast("fan-out", 540, 1_000, "raw SMTP", "emails/s", 0.5);
        BenchmarkRow slow = BenchmarkRow.ratioAtLeast("intake", 499, 1_000, "raw insertMany", "docs/s", 0.5);

        assertThat(fanOut.ratio()).isEqualTo("0.54×");
        assertThat(fanOut.met()).isTrue();
        assertThat(slow.met()).isFalse();
        assertThat(fanOut.limit()).isEqualTo("1,000 emails/s (raw SMTP)");
    }

    @Test
    void aCostTargetIsMetAtOrBelowItsRatioAndAnAbsoluteBoundHasNoLimit() {
        assertThat(BenchmarkRow.ratioAtMost("serializer", 1.2, 1.0, "raw Avro", "µs", 1.2).met()).isTrue();
        assertThat(BenchmarkRow.ratioAtMost("serializer", 1.3, 1.0, "raw Avro", "µs", 1.2).met()).isFalse();
        BenchmarkRow start = BenchmarkRow.atMost("start-up", 21.5, "s", 20);
        assertThat(start.limit()).isEqualTo("—");
        assertThat(start.met()).isFalse();
        assertThat(BenchmarkRow.below("heap growth", 32, "MB", 32).met()).isFalse();
    }

    @Test
    void rowsSurviveTheFileAndTheTableCountsTheTargetsMet() {
        List<BenchmarkRow> rows = List.of(BenchmarkRow.atMost("a", 1, "s", 2), BenchmarkRow.atMost("b", 3, "s", 2));
        List<BenchmarkRow> read = rows.stream().map(row -> BenchmarkRow.fromTsv(row.toTsv())).toList();

        assertThat(read).isEqualTo(rows);
        String table = BenchmarkTable.render(read);
        assertThat(table).startsWith("| measure | value | same-run limit | ratio | target | met |")
                .contains("| b | 3.00 s | — | — | ≤ 2.00 s | **no** |").endsWith("targets met: 1 of 2\n");
    }

    @Test
    void theMedianOfAnOddAndOfAnEvenCount() {
        assertThat(BenchmarkResults.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(BenchmarkResults.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThatThrownBy(() -> BenchmarkResults.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
