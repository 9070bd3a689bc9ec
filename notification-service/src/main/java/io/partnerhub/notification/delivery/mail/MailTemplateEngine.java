package io.partnerhub.notification.delivery.mail;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The standalone Thymeleaf engine for emails: {@code classpath:mail/html/<kind>.html} in HTML mode
 * (escapes {@code th:text}) and {@code classpath:mail/text/<kind>.txt} in TEXT mode (prints
 * {@code [(...)]} as is, no HTML entities), words from the {@code mail/messages} bundles.
 * Templates are parsed once and cached.
 */
public final class MailTemplateEngine {

    private MailTemplateEngine() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("mail/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    public static SpringTemplateEngine create(MessageSource messages) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, "html/*", 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, "text/*", 2));
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
