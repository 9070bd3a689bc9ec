package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.delivery.EmailContent;
import io.partnerhub.notification.message.Message;
import io.partnerhub.notification.message.MessageKind;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes an email from its message: localized subject, HTML body and plain-text alternative,
 * all in the recipient's language (English when the language has no bundle).
 */
public final class EmailRenderer {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

    private final ITemplateEngine engine;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Map<Locale, LocalizedFormat> formats = new ConcurrentHashMap<>();

    public EmailRenderer(ITemplateEngine engine, MessageSource messages, ZoneId zone) {
        this.engine = engine;
        this.messages = messages;
        this.zone = zone;
    }

    public EmailContent render(Message message) {
        Locale locale = message.recipient().language().locale();
        String subject = subject(message, locale);
        Context context = new Context(locale, message.data());
        context.setVariable("fmt", formats.computeIfAbsent(locale, key -> new LocalizedFormat(key, zone, messages)));
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("greeting", greeting(message, locale));
        context.setVariable("footer", messages.getMessage("footer", null, locale));
        context.setVariable("directionSuffix", directionSuffix(message));
        String name = message.kind().templateName();
        return new EmailContent(subject, engine.process("html/" + name, context), engine.process("text/" + name, context));
    }

    private String subject(Message message, Locale locale) {
        MessageKind kind = message.kind();
        Object[] args = kind.subjectArguments().stream().map(message.data()::get).map(EmailRenderer::oneLine).toArray();
        String code = kind.templateName() + ".subject" + directionSuffix(message);
        return oneLine(messages.getMessage(code, args, locale));
    }

    /**
     * ".PARTNER_TO_CUSTOMER" or ".CUSTOMER_TO_PARTNER" picks the invitation wording for the
     * recipient's side; "" picks the neutral wording, for events written before they said it.
     */
    private static String directionSuffix(Message message) {
        Object direction = message.data().get("direction");
        return direction == null ? "" : "." + direction;
    }

    private String greeting(Message message, Locale locale) {
        String name = message.recipient().name();
        return name == null
                ? messages.getMessage("greeting", null, locale)
                : messages.getMessage("greeting.named", new Object[] {oneLine(name)}, locale);
    }

    /** Header values never carry line breaks (no header injection through a tender title). */
    private static String oneLine(Object value) {
        return LINE_BREAKS.matcher(String.valueOf(value)).replaceAll(" ").strip();
    }
}
