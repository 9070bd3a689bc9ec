package io.partnerhub.tender.request.web;

import io.partnerhub.kit.web.LinkPageResponse;
import io.partnerhub.tender.request.RequesterDesk;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;
import java.util.Optional;

/**
 * The emailed link opened in a browser (R31): the same two steps as the JSON API
 * ({@code PublicTenderController}) as an HTML page. GET only shows; the page's form POSTs the
 * cancellation. Programs asking for JSON are served by the API, browsers (Accept: text/html) here.
 */
@Controller
@RequestMapping(value = "/public/tender-links/{token}", produces = MediaType.TEXT_HTML_VALUE)
class RequesterLinkPageController {

    private final RequesterDesk desk;
    private final RequesterLinkPages pages;

    RequesterLinkPageController(RequesterDesk desk, RequesterLinkPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<String> page(@PathVariable String token, Locale browser) {
        String cancelAction = "/public/tender-links/" + token + "/cancellation";
        return LinkPageResponse.render(() -> pages.open(desk.view(token), cancelAction),
                () -> pages.invalid(browser), () -> gonePage(token));
    }

    @PostMapping("/cancellation")
    ResponseEntity<String> cancel(@PathVariable String token, Locale browser) {
        return LinkPageResponse.render(() -> pages.cancelled(desk.cancel(token)),
                () -> pages.invalid(browser), () -> gonePage(token));
    }

    private Optional<String> gonePage(String token) {
        return Optional.of(pages.gone(desk.viewAnyState(token)));
    }
}
