package io.partnerhub.kit.tracing;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@link StoredTraces} on the application's observation registry. */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
public class KitTracingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoredTraces storedTraces(ObjectProvider<ObservationRegistry> observations) {
        return new StoredTraces(observations.getIfAvailable());
    }
}
