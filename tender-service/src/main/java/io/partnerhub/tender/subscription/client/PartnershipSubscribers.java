package io.partnerhub.tender.subscription.client;

import io.partnerhub.kit.client.ServiceClient;
import io.partnerhub.kit.client.ServiceClients;
import io.partnerhub.kit.client.ServiceUnavailableException;
import io.partnerhub.tender.distribution.FanOut;
import io.partnerhub.tender.distribution.TenderExcerpt;
import io.partnerhub.tender.subscription.PartnerSubscription;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fan-out's recipients, asked from their owner at the moment of each page: partnership-service's
 * {@code GET /tender-subscribers?after=&limit=} (role SERVICE, with this service's own
 * client-credentials token, the trace and correlation id). One call per page of up to
 * {@value #MAX_PAGE} partners. The owner's answer is not filtered by the request's categories or
 * language, so pages stay full and the fan-out's end detection holds; {@link FanOut} filters.
 * When the owner cannot answer — refused, timed out, 5xx, no token, or no such endpoint (404, e.g.
 * an older partnership-service during a rollout) — this throws {@link ServiceUnavailableException}
 * and nobody is offered anything from that page.
 */
@Component
public class PartnershipSubscribers implements FanOut.Subscribers {

    /** The owner answers at most this many partners per call. */
    public static final int MAX_PAGE = 1000;

    private static final String PATH = "tender-subscribers";

    private final ServiceClient partnership;

    public PartnershipSubscribers(ServiceClients clients,
                                  @Value("${partnerhub.peers.partnership-url}") String partnershipUrl) {
        this.partnership = clients.to("partnership-service", partnershipUrl);
    }

    @Override
    public List<PartnerSubscription> page(TenderExcerpt excerpt, String afterPartnerId, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " partners, not " + size);
        }
        SubscriberPage page = partnership.find(query(afterPartnerId, size), SubscriberPage.class)
                .orElseThrow(() -> new ServiceUnavailableException(
                        "partnership-service does not serve " + PATH + " (404)"));
        return page.subscriptions(afterPartnerId, size);
    }

    static String query(String afterPartnerId, int size) {
        StringBuilder query = new StringBuilder(PATH).append('?');
        if (afterPartnerId != null) {
            query.append("after=").append(URLEncoder.encode(afterPartnerId, StandardCharsets.UTF_8)
                    .replace("+", "%20")).append('&');
        }
        return query.append("limit=").append(size).toString();
    }
}
