package io.partnerhub.partnership.invitation.web;

import io.partnerhub.partnership.invitation.Invitation;
import io.partnerhub.partnership.invitation.InvitationState;
import io.partnerhub.partnership.partnership.Access;
import io.partnerhub.partnership.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Renders the invitee's page (template {@code invitation-link.html}) in the invitee's language. */
@Component
class InvitationLinkPages {

    private static final String TEMPLATE = "invitation-link";

    private final ITemplateEngine templates;
    private final ZoneId zone;
    private final Clock clock;

    InvitationLinkPages(ITemplateEngine templates, @Value("${partnership.pages.zone:Europe/Zurich}") ZoneId zone,
                        Clock clock) {
        this.templates = templates;
        this.zone = zone;
        this.clock = clock;
    }

    String open(Invitation invitation, String linkPath) {
        return render(page(InvitationLinkPage.Kind.OPEN, invitation, linkPath + "/accept", linkPath + "/decline"),
                invitation);
    }

    String answered(Invitation invitation) {
        InvitationLinkPage.Kind kind = invitation.state() == InvitationState.ACCEPTED
                ? InvitationLinkPage.Kind.ACCEPTED_NOW : InvitationLinkPage.Kind.DECLINED_NOW;
        return render(page(kind, invitation, null, null), invitation);
    }

    String gone(Invitation invitation) {
        return render(page(InvitationLinkPage.Kind.GONE, invitation, null, null), invitation);
    }

    /** A link that leads nowhere: worded in the browser's language when we speak it. */
    String invalid(Locale browser) {
        Locale locale = supported(browser);
        return templates.process(TEMPLATE,
                new Context(locale, Map.of("page", InvitationLinkPage.invalid(locale.getLanguage()))));
    }

    private InvitationLinkPage page(InvitationLinkPage.Kind kind, Invitation invitation, String accept,
                                    String decline) {
        Locale locale = localeOf(invitation);
        Access access = invitation.requestedAccess();
        TreeSet<String> scope = new TreeSet<>(access.productCategories());
        scope.addAll(access.productIds());
        return new InvitationLinkPage(kind, locale.getLanguage(), invitation.direction().name(),
                invitation.sender().name(), invitation.invitee().name(), access.isFull(), String.join(", ", scope),
                access.paymentMode() == null ? null : access.paymentMode().name(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(invitation.expiresAt().atZone(zone)),
                invitation.stateAt(clock.instant()).name(), accept, decline);
    }

    private String render(InvitationLinkPage page, Invitation invitation) {
        return templates.process(TEMPLATE, new Context(localeOf(invitation), Map.of("page", page)));
    }

    private static Locale localeOf(Invitation invitation) {
        return Locale.forLanguageTag(invitation.invitee().contact().language().name().toLowerCase(Locale.ROOT));
    }

    private static Locale supported(Locale browser) {
        for (Language language : Language.values()) {
            if (language.name().equalsIgnoreCase(browser.getLanguage())) {
                return Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT));
            }
        }
        return Locale.ENGLISH;
    }
}
