package io.partnerhub.partnership.invitation.web;

import io.partnerhub.kit.web.LinkPageResponse;
import io.partnerhub.partnership.invitation.application.InvitationLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The emailed accept/decline link opened in a browser: the same steps as the JSON API
 * ({@link InvitationLinkController}) as an HTML page. GET only shows (mail scanners follow links);
 * the page's two forms POST the answer, which grants the access as requested. Programs asking for
 * JSON are served by the API, browsers (Accept: text/html) here.
 */
@Controller
@RequestMapping(value = "/public/invitation-links/{token}", produces = MediaType.TEXT_HTML_VALUE)
class InvitationLinkPageController {

    private final InvitationLinks links;
    private final InvitationLinkPages pages;

    InvitationLinkPageController(InvitationLinks links, InvitationLinkPages pages) {
        this.links = links;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<String> page(@PathVariable String token, Locale browser) {
        return answer(token, browser, () -> pages.open(links.preview(token), "/public/invitation-links/" + token));
    }

    @PostMapping("/accept")
    ResponseEntity<String> accept(@PathVariable String token, Locale browser) {
        return answer(token, browser, () -> pages.answered(links.accept(token, null)));
    }

    @PostMapping("/decline")
    ResponseEntity<String> decline(@PathVariable String token, Locale browser) {
        return answer(token, browser, () -> pages.answered(links.decline(token)));
    }

    private ResponseEntity<String> answer(String token, Locale browser, Supplier<String> page) {
        return LinkPageResponse.render(page, () -> pages.invalid(browser), () -> links.anyState(token).map(pages::gone));
    }
}
