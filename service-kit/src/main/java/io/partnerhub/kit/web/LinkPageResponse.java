package io.partnerhub.kit.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.partnerhub.kit.plain.GoneException;
import io.partnerhub.kit.plain.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HTTP answer for a page behind an emailed single-use link: never cached (it shows personal
 * data), the link's secret never leaks in a Referer, and a Content-Security-Policy that allows
 * inline styles only, form posts back to this origin only, and no framing.
 */
public final class LinkPageResponse {

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private LinkPageResponse() {
    }

    public static ResponseEntity<String> of(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(html);
    }

    /**
     * The page behind a link, or the page that says why it cannot be shown: 404 for a link that never
     * existed (or is not this object's), 410 for one whose object is closed, expired or already answered.
     *
     * @param gonePage the page for a closed object; empty when even that cannot be shown (answers 404)
     */
    public static ResponseEntity<String> render(Supplier<String> page, Supplier<String> invalidPage,
            Supplier<Optional<String>> gonePage) {
        try {
            return of(HttpStatus.OK, page.get());
        } catch (NotFoundException unknown) {
            return of(HttpStatus.NOT_FOUND, invalidPage.get());
        } catch (GoneException closed) {
            return gonePage.get().map(html -> of(HttpStatus.GONE, html))
                    .orElseGet(() -> of(HttpStatus.NOT_FOUND, invalidPage.get()));
        }
    }
}
