package io.partnerhub.kit;

import io.partnerhub.kit.clock.ShiftedClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The application's {@link Clock}: system UTC unless a test or the service provides one, or
 * {@code CLOCK_SHIFT_FILE} names a file whose duration moves it ahead ({@link ShiftedClock}: tests
 * and demos that let a billing period pass without waiting for it).
 */
@AutoConfiguration
public class KitAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KitAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${partnerhub.clock.shift-file:${CLOCK_SHIFT_FILE:}}") String shiftFile) {
        if (shiftFile.isBlank()) {
            return Clock.systemUTC();
        }
        log.warn("This service's clock runs ahead of the system's by the duration in {} (CLOCK_SHIFT_FILE)."
                + " Never set it in production.", shiftFile);
        return new ShiftedClock(Clock.systemUTC(), Path.of(shiftFile));
    }
}
