package io.partnerhub.platform.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the rows the benchmarks recorded as one Markdown table with the columns
 * {@code measure | value | same-run limit | ratio | target | met}, and a last line
 * {@code targets met: X of Y}. Exits 2 when the file holds no row (the benchmarks did not run).
 */
public final class BenchmarkTable {

    private BenchmarkTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchmarkTable <rows.tsv>");
            System.exit(64);
        }
        Path file = Path.of(args[0]);
        List<BenchmarkRow> rows = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(BenchmarkRow.fromTsv(line));
                }
            }
        }
        if (rows.isEmpty()) {
            System.err.println("no benchmark row in " + file);
            System.exit(2);
        }
        System.out.print(render(rows));
    }

    static String render(List<BenchmarkRow> rows) {
        StringBuilder table = new StringBuilder("| measure | value | same-run limit | ratio | target | met |\n")
                .append("|---|---|---|---|---|---|\n");
        for (BenchmarkRow row : rows) {
            table.append("| ").append(String.join(" | ", row.measure(), row.value(), row.limit(), row.ratio(),
                    row.target(), row.met() ? "yes" : "**no**")).append(" |\n");
        }
        long met = rows.stream().filter(BenchmarkRow::met).count();
        return table.append("\ntargets met: ").append(met).append(" of ").append(rows.size()).append('\n').toString();
    }
}
