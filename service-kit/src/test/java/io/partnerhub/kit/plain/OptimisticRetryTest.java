package io.partnerhub.kit.plain;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptimisticRetryTest {

    @Test
    void decidesAgainUntilTheWriteGoesThrough() {
        AtomicInteger attempts = new AtomicInteger();

        String result = OptimisticRetry.untilWritten("Order o-1",
                () -> attempts.incrementAndGet() < 3 ? Optional.empty() : Optional.of("written"));

        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttemptWithAConflict() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OptimisticRetry.untilWritten("Wallet w-1", () -> {
            attempts.incrementAndGet();
            return false;
        })).isInstanceOf(ConcurrentUpdateException.class).hasMessage("Wallet w-1 is changing too fast; try again");
        assertThat(attempts).hasValue(OptimisticRetry.ATTEMPTS);
    }
}
