package io.partnerhub.platform.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where benchmarks put their rows: printed at once, and appended to the file named by the system
 * property {@value #FILE_PROPERTY} when it is set ({@code ./partnerhub benchmark} sets it, then
 * prints all rows as one {@link BenchmarkTable}).
 */
public final class BenchmarkResults {

    public static final String FILE_PROPERTY = "partnerhub.benchmark.results";
    /** Every measure repeats this often and reports the median. */
    public static final int RUNS = Integer.getInteger("partnerhub.benchmark.runs", 3);

    private BenchmarkResults() {
    }

    public static synchronized void record(BenchmarkRow row) {
        System.out.println("[benchmark] " + row.toTsv().replace('\t', '|'));
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, row.toTsv() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code sample} {@link #RUNS} times and returns the samples, in the order taken. */
    public static <T> List<T> repeat(Supplier<T> sample) {
        List<T> samples = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            samples.add(sample.get());
        }
        return samples;
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no value to take the median of");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
