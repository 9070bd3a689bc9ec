package io.partnerhub.tender.request.web;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.money.Money;
import io.partnerhub.tender.request.TenderRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the requester's page (template {@code requester-link.html}) in the request's language. */
@Component
class RequesterLinkPages {

    private static final String TEMPLATE = "requester-link";

    private final ITemplateEngine templates;
    private final ZoneId zone;

    RequesterLinkPages(ITemplateEngine templates, @Value("${tender.pages.zone:Europe/Zurich}") ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    String open(TenderRequest request, String cancelAction) {
        Locale locale = localeOf(request);
        var need = request.need();
        List<String> revealedBy = request.reveals().stream()
                .map(reveal -> reveal.partner().legalName() + ", " + date(reveal.revealedAt(), locale)).toList();
        List<RequesterLinkPage.ProposalLine> proposals = request.proposals().stream()
                .map(proposal -> new RequesterLinkPage.ProposalLine(proposal.partnerName(),
                        date(proposal.submittedAt(), locale), proposal.text(), price(proposal.price(), locale)))
                .toList();
        return render(new RequesterLinkPage(RequesterLinkPage.Kind.OPEN, locale.getLanguage(), need.title(),
                need.description(), request.status().name(), date(request.expiresAt(), locale), request.revealCount(),
                request.revealCap(), revealedBy, proposals, cancelAction), locale);
    }

    String cancelled(TenderRequest request) {
        return closed(RequesterLinkPage.Kind.CANCELLED_NOW, request);
    }

    String gone(TenderRequest request) {
        return closed(RequesterLinkPage.Kind.GONE, request);
    }

    /** A link that leads nowhere: worded in the browser's language when we speak it. */
    String invalid(Locale browser) {
        Locale locale = supported(browser);
        return render(RequesterLinkPage.invalid(locale.getLanguage()), locale);
    }

    private String closed(RequesterLinkPage.Kind kind, TenderRequest request) {
        Locale locale = localeOf(request);
        return render(new RequesterLinkPage(kind, locale.getLanguage(), request.need().title(), null,
                request.status().name(), null, 0, 0, List.of(), List.of(), null), locale);
    }

    private String render(RequesterLinkPage page, Locale locale) {
        return templates.process(TEMPLATE, new Context(locale, Map.of("page", page)));
    }

    private static Locale localeOf(TenderRequest request) {
        return Locale.forLanguageTag(request.need().language().name().toLowerCase(Locale.ROOT));
    }

    private static Locale supported(Locale browser) {
        try {
            return Locale.forLanguageTag(Language.parse(browser.getLanguage()).name().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notOneOfOurs) {
            return Locale.ENGLISH;
        }
    }

    private String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
    }

    private static String price(Money money, Locale locale) {
        if (money == null) {
            return null;
        }
        NumberFormat amount = NumberFormat.getNumberInstance(locale);
        amount.setMinimumFractionDigits(2);
        amount.setMaximumFractionDigits(2);
        return money.currency().name() + " " + amount.format(money.amount());
    }
}
