package io.partnerhub.platform.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * One line of the benchmark table: what was measured, its value, the limit measured in the same
 * run (blank when the target is an absolute bound), the ratio between them, the target and whether
 * it was met. Stored as one tab-separated line so that benchmarks in several JVMs add to one table.
 */
public record BenchmarkRow(String measure, String value, String limit, String ratio, String target, boolean met) {

    public BenchmarkRow {
        for (String cell : List.of(measure, value, limit, ratio, target)) {
            if (cell.contains("\t") || cell.contains("\n")) {
                throw new IllegalArgumentException("a benchmark cell holds no tab or line break: " + cell);
            }
        }
    }

    /** {@code value} must be at least {@code minimum} × {@code limit}, both in {@code unit} (a rate). */
    public static BenchmarkRow ratioAtLeast(String measure, double value, double limit, String limitName, String unit,
                                            double minimum) {
        double ratio = value / limit;
        return new BenchmarkRow(measure, number(value) + " " + unit, number(limit) + " " + unit + " (" + limitName + ")",
                String.format(Locale.ROOT, "%.2f×", ratio), String.format(Locale.ROOT, "≥ %.1f×", minimum),
                ratio >= minimum);
    }

    /** {@code value} must be at most {@code maximum} × {@code limit}, both in {@code unit} (a cost, a time). */
    public static BenchmarkRow ratioAtMost(String measure, double value, double limit, String limitName, String unit,
                                           double maximum) {
        double ratio = value / limit;
        return new BenchmarkRow(measure, number(value) + " " + unit, number(limit) + " " + unit + " (" + limitName + ")",
                String.format(Locale.ROOT, "%.2f×", ratio), String.format(Locale.ROOT, "≤ %.1f×", maximum),
                ratio <= maximum);
    }

    /** {@code value} must be at most {@code bound}: an absolute target with no same-run limit. */
    public static BenchmarkRow atMost(String measure, double value, String unit, double bound) {
        return new BenchmarkRow(measure, number(value) + " " + unit, "—", "—", "≤ " + number(bound) + " " + unit,
                value <= bound);
    }

    /** {@code value} must be below {@code bound}. */
    public static BenchmarkRow below(String measure, double value, String unit, double bound) {
        return new BenchmarkRow(measure, number(value) + " " + unit, "—", "—", "< " + number(bound) + " " + unit,
                value < bound);
    }

    String toTsv() {
        return String.join("\t", measure, value, limit, ratio, target, met ? "yes" : "no");
    }

    static BenchmarkRow fromTsv(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("a benchmark row has 6 tab-separated cells, not: " + line);
        }
        return new BenchmarkRow(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5].equals("yes"));
    }

    private static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
