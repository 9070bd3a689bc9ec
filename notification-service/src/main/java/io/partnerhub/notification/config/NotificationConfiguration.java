package io.partnerhub.notification.config;

import io.partnerhub.notification.delivery.RetrySchedule;
import io.partnerhub.notification.delivery.client.PeerProperties;
import io.partnerhub.notification.delivery.mail.EmailRenderer;
import io.partnerhub.notification.delivery.mail.MailTemplateEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationProperties.class, PeerProperties.class})
class NotificationConfiguration {

    @Bean
    EmailRenderer emailRenderer(NotificationProperties properties) {
        ResourceBundleMessageSource messages = MailTemplateEngine.messages();
        return new EmailRenderer(MailTemplateEngine.create(messages), messages, properties.timeZone());
    }

    @Bean
    RetrySchedule retrySchedule(NotificationProperties properties) {
        return properties.retry().schedule();
    }
}
