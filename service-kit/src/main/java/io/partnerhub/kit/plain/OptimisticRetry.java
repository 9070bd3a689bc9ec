package io.partnerhub.kit.plain;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Load, decide, write only if nothing changed since the load, and start over when another writer came
 * first. Each attempt decides again on fresh state, so a rule holds under any interleaving of writers.
 */
public final class OptimisticRetry {

    /** Enough for the contention seen in practice (tens of writers on one document) without looping forever. */
    public static final int ATTEMPTS = 20;

    private OptimisticRetry() {
    }

    /**
     * Runs {@code attempt} until it answers a result (it wrote, or found nothing to write).
     * An empty answer means another writer came first.
     *
     * @throws ConcurrentUpdateException after {@link #ATTEMPTS} lost races
     */
    public static <T> T untilWritten(String what, Supplier<Optional<T>> attempt) {
        for (int round = 0; round < ATTEMPTS; round++) {
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw new ConcurrentUpdateException(what);
    }

    /** As {@link #untilWritten(String, Supplier)} for an attempt without a result: true when done. */
    public static void untilWritten(String what, BooleanSupplier attempt) {
        untilWritten(what, () -> attempt.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
