package io.partnerhub.notification;

import io.partnerhub.notification.delivery.RetrySchedule;
import io.partnerhub.notification.template.EmailRenderer;
import io.partnerhub.notification.template.MailTemplateEngine;
import io.partnerhub.notification.validity.PeerProperties;
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
