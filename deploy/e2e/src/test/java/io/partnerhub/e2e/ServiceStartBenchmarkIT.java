package io.partnerhub.e2e;

import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The four service JVMs started together until all are healthy, three times, each time a separate
 * system with its own databases that is stopped again (the target: 20 s). Isolated: the JVMs start
 * on a machine that does nothing else.
 */
@Isolated
class ServiceStartBenchmarkIT {

    @Test
    void fourServiceJvmsStartedTogetherUntilAllAreHealthy() throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= BenchmarkResults.RUNS; run++) {
            Duration took = Partnerhub.coldStart("e2e-start" + run + "-");
            System.out.printf("[start-up] run %d: four services healthy %.1f s after they were started%n", run,
                    took.toMillis() / 1000.0);
            seconds.add(took.toMillis() / 1000.0);
        }
        BenchmarkResults.record(BenchmarkRow.atMost("four service JVMs started together → all healthy",
                BenchmarkResults.median(seconds), "s", 20));
    }
}
