package io.partnerhub.notification.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links in emails, built from {@code partnerhub.public-base-url}. A link that needs a token and
 * has none is null: the message is then incomplete and fails with that reason.
 */
@Component
public class PublicLinks {

    private final String baseUrl;

    public PublicLinks(@Value("${partnerhub.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Where the invitee accepts (granting what they choose) or declines (R9, R10). */
    public String invitationResponse(String invitationId, String token) {
        return withToken("/invitations/" + encode(invitationId) + "/respond", token);
    }

    /** Where the customer reviews a partner's request for more access. */
    public String accessRequest(String partnershipId) {
        return baseUrl + "/partnerships/" + encode(partnershipId) + "/access";
    }

    /** The requester's single-use cancel link (R31). */
    public String tenderCancellation(String tenderId, String token) {
        return withToken("/tenders/" + encode(tenderId) + "/cancel", token);
    }

    /** The full request in the partner space (R29). */
    public String tenderInPartnerSpace(String tenderId) {
        return baseUrl + "/partner/tenders/" + encode(tenderId);
    }

    private String withToken(String path, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return baseUrl + path + "?token=" + encode(token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
