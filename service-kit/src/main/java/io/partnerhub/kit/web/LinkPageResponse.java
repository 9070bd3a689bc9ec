package io.partnerhub.kit.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

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
}
