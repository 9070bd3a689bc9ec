package io.partnerhub.notification.delivery.mail;

import io.partnerhub.notification.message.AccessSummary;
import io.partnerhub.notification.message.Money;
import org.springframework.context.MessageSource;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Dates, money and access descriptions in the recipient's locale; templates call it as
 * {@code ${fmt.date(expiresAt)}}. Returns plain strings: the template decides the escaping.
 * Thread-safe, so one instance per locale serves every email.
 */
public final class LocalizedFormat {

    /** Some locales print a currency code right against the number ("CHF208.32"). */
    private static final Pattern CODE_GLUED_TO_DIGIT = Pattern.compile("^([A-Z]{3})(\\d)");

    private final Locale locale;
    private final ZoneId zone;
    private final MessageSource messages;
    private final DateTimeFormatter dateTime;
    private final String zoneName;
    private final Map<String, NumberFormat> currencyFormats = new ConcurrentHashMap<>();

    public LocalizedFormat(Locale locale, ZoneId zone, MessageSource messages) {
        this.locale = locale;
        this.zone = zone;
        this.messages = messages;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.zoneName = zone.getDisplayName(TextStyle.SHORT, locale);
    }

    /** e.g. "10 December 2026, 10:30 (CET)" / "10. Dezember 2026, 10:30 (MEZ)". */
    public String date(Instant instant) {
        return dateTime.format(instant) + " (" + zoneName + ")";
    }

    /** e.g. "CHF 208.32" (no-break space) in English, "208,32 CHF" in German. */
    public String money(Money money) {
        // building a currency format is costly, using one is not thread-safe: clone a built one
        NumberFormat format = (NumberFormat) currencyFormats.computeIfAbsent(money.currency(), this::currencyFormat)
                .clone();
        String formatted = format.format(money.amount());
        return CODE_GLUED_TO_DIGIT.matcher(formatted).replaceFirst("$1\u00A0$2");
    }

    private NumberFormat currencyFormat(String code) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(code);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        return format;
    }

    /** A budget range, or null when the requester gave none. */
    public String budget(Money min, Money max) {
        if (min != null && max != null) {
            return message("budget.range", money(min), money(max));
        }
        if (min != null) {
            return message("budget.min", money(min));
        }
        return max == null ? null : message("budget.max", money(max));
    }

    public String access(AccessSummary access) {
        if (access.full()) {
            String full = message("access.FULL");
            return access.paymentMode() == null ? full : full + "; " + paymentMode(access.paymentMode());
        }
        List<String> items = new ArrayList<>(access.productCategories().stream().map(this::category).toList());
        items.addAll(access.productIds());
        return items.isEmpty() ? message("access.LIMITED.nothing") : message("access.LIMITED", String.join(", ", items));
    }

    public String paymentMode(String mode) {
        return message("payment." + mode);
    }

    public String programStatus(String status) {
        return message("program-status." + status);
    }

    public String categories(List<String> categories) {
        return String.join(", ", categories.stream().map(this::category).toList());
    }

    /** A product category code such as WEB_HOSTING, as words ("web hosting") unless translated. */
    public String category(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return messages.getMessage("category." + code, null, words, locale);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
