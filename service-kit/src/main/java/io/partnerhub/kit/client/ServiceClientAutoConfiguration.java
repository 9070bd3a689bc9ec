package io.partnerhub.kit.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.net.http.HttpClient;
import java.time.Clock;

/** The clients other services are called with; the client id defaults to the application's name. */
@AutoConfiguration
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceClients partnerhubServiceClients(ServiceClientProperties properties, Clock clock,
                                            @Value("${spring.application.name:partnerhub-service}") String applicationName) {
        ServiceClientProperties withId = properties.clientId() == null || properties.clientId().isBlank()
                ? new ServiceClientProperties(properties.tokenUri(), applicationName, properties.clientSecret(),
                properties.connectTimeout(), properties.readTimeout())
                : properties;
        HttpClient http = HttpClient.newBuilder().connectTimeout(withId.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        return new ServiceClients(http, new ServiceTokens(withId, http, clock), withId);
    }
}
