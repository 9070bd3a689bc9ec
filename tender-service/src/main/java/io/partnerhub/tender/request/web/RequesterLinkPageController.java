package io.partnerhub.tender.request.web;

import io.partnerhub.tender.request.RequesterDesk;
import io.partnerhub.tender.request.TenderGoneException;
import io.partnerhub.tender.request.TenderNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The emailed link opened in a browser (R31): the same two steps as the JSON API
 * ({@code PublicTenderController}) as an HTML page. GET only shows; the page's form POSTs the
 * cancellation. Programs asking for JSON are served by the API, browsers (Accept: text/html) here.
 */
@Controller
@RequestMapping(value = "/public/tender-links/{token}", produces = MediaType.TEXT_HTML_VALUE)
class RequesterLinkPageController {

    /** Inline styles only; the form may post back here and nowhere else; never framed. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final RequesterDesk desk;
    private final RequesterLinkPages pages;

    RequesterLinkPageController(RequesterDesk desk, RequesterLinkPages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping
    ResponseEntity<String> page(@PathVariable String token, Locale browser) {
        try {
            return html(HttpStatus.OK, pages.open(desk.view(token), "/public/tender-links/" + token + "/cancellation"));
        } catch (TenderNotFoundException unknown) {
            return html(HttpStatus.NOT_FOUND, pages.invalid(browser));
        } catch (TenderGoneException closed) {
            return html(HttpStatus.GONE, pages.gone(desk.viewAnyState(token)));
        }
    }

    @PostMapping("/cancellation")
    ResponseEntity<String> cancel(@PathVariable String token, Locale browser) {
        try {
            desk.cancel(token);
            return html(HttpStatus.OK, pages.cancelled(desk.viewAnyState(token)));
        } catch (TenderNotFoundException unknown) {
            return html(HttpStatus.NOT_FOUND, pages.invalid(browser));
        } catch (TenderGoneException closed) {
            return html(HttpStatus.GONE, pages.gone(desk.viewAnyState(token)));
        }
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(page);
    }
}
