package io.partnerhub.notification.delivery.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links in emails, built from {@code partnerhub.public-base-url} (partnership pages) and
 * {@code partnerhub.notification.tender-base-url} (tender pages; defaults to the former, for a
 * set-up where one gateway serves both). The paths are the ones partnership-service and
 * tender-service serve. A link that needs a token and has none is null: the message is then
 * incomplete and fails with that reason.
 */
@Component
public class PublicLinks {

    private final String baseUrl;
    private final String tenderBaseUrl;

    public PublicLinks(@Value("${partnerhub.public-base-url:http://localhost:8080}") String baseUrl,
                       @Value("${partnerhub.notification.tender-base-url:${partnerhub.public-base-url:http://localhost:8080}}")
                       String tenderBaseUrl) {
        this.baseUrl = withoutTrailingSlash(baseUrl);
        this.tenderBaseUrl = withoutTrailingSlash(tenderBaseUrl);
    }

    /** The invitee's single-use page to accept (granting what they choose) or decline (R9, R10). */
    public String invitationResponse(String token) {
        return hasText(token) ? baseUrl + "/public/invitation-links/" + encode(token) : null;
    }

    /** Where the customer reviews a partner's request for more access. */
    public String accessRequest(String partnershipId) {
        return baseUrl + "/partnerships/" + encode(partnershipId) + "/access-increase-request";
    }

    /** The requester's single-use page to follow and cancel the request (R31). */
    public String tenderCancellation(String token) {
        return hasText(token) ? tenderBaseUrl + "/public/tender-links/" + encode(token) : null;
    }

    /** The full request in the partner space (R29). */
    public String tenderInPartnerSpace(String tenderId) {
        return tenderBaseUrl + "/partner/tenders/" + encode(tenderId);
    }

    private static boolean hasText(String token) {
        return token != null && !token.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
