package io.partnerhub.billing.partnership.client;

import io.partnerhub.billing.benefit.PartnershipTerms;
import io.partnerhub.billing.partnership.persistence.PartnershipReadModel;
import io.partnerhub.kit.client.ServiceClient;
import io.partnerhub.kit.client.ServiceClients;
import io.partnerhub.kit.client.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks partnership-service, the owner of partnerships, for the terms in force right now
 * ({@code GET /partnership-terms}, as billing-service with its own token). Its database read is the
 * point after which every change it confirmed is seen: billing decides on this answer, not on its
 * read model, whenever it acts on a partnership.
 *
 * <p>Every method throws {@link ServiceUnavailableException} (→ 503 + Retry-After, nothing changed)
 * when no usable answer can be had: unreachable, timed out, 5xx, no token, an unreadable answer, or
 * 404 (a partnership-service that does not serve the terms yet). Callers decide whether they may fall
 * back; only a customer's own order does.
 *
 * <p>The answers about one customer are also fed into the read model (version-guarded, like an event)
 * so that the fallback is as fresh as the last answer.
 */
@Component
public class PartnershipOwner {

    private static final Logger log = LoggerFactory.getLogger(PartnershipOwner.class);
    private static final String TERMS = "partnership-terms";

    private final ServiceClient client;
    private final PartnershipReadModel readModel;

    PartnershipOwner(ServiceClients clients, @Value("${partnerhub.peers.partnership-url}") String partnershipUrl,
                     PartnershipReadModel readModel) {
        this.client = clients.to("partnership-service", partnershipUrl);
        this.readModel = readModel;
    }

    /** The customer's live partnerships now. */
    public List<PartnershipTerms> liveOfCustomer(String customerId) {
        return liveOfCustomerWithVersions(customerId).stream().map(OwnerTerms.Live::terms).toList();
    }

    /** The customer's live partnerships now, each with its version. */
    public List<OwnerTerms.Live> liveOfCustomerWithVersions(String customerId) {
        List<OwnerTerms.Live> live = read(() -> OwnerTerms.ofCustomer(ask("customerId=" + encode(customerId)), customerId));
        live.forEach(this::feed);
        return live;
    }

    /** Whether the partner has a live partnership with the customer now. */
    public boolean liveBetween(String partnerId, String customerId) {
        return between(partnerId, customerId).isPresent();
    }

    /** The live partnership between the partner and the customer now, if any. */
    public Optional<OwnerTerms.Live> between(String partnerId, String customerId) {
        Optional<OwnerTerms.Live> live = read(() -> OwnerTerms.between(ask("customerId=" + encode(customerId)
                + "&partnerId=" + encode(partnerId)), partnerId, customerId));
        live.ifPresent(this::feed);
        return live;
    }

    /** The partner's standing with the customer now, with the calling user's collaborator right (R5). */
    public OwnerTerms.PartnerStanding standing(String partnerId, String customerId, String userId) {
        OwnerTerms.PartnerStanding standing = read(() -> OwnerTerms.standing(ask("customerId=" + encode(customerId)
                + "&partnerId=" + encode(partnerId) + "&userId=" + encode(userId)), partnerId, customerId, userId));
        standing.live().ifPresent(terms -> feed(new OwnerTerms.Live(terms, standing.version())));
        return standing;
    }

    /** Every live partnership of the partner now, in ONE call (not fed into the read model: may be many). */
    public List<OwnerTerms.Live> liveOfPartner(String partnerId) {
        return read(() -> OwnerTerms.ofPartner(ask("partnerId=" + encode(partnerId)), partnerId));
    }

    private OwnerAnswer ask(String query) {
        return client.find(TERMS + "?" + query, OwnerAnswer.class).orElseThrow(() -> new ServiceUnavailableException(
                "partnership-service does not serve /" + TERMS + " (404)"));
    }

    private static <T> T read(Supplier<T> answer) {
        try {
            return answer.get();
        } catch (OwnerTerms.Unreadable unreadable) {
            throw new ServiceUnavailableException("partnership-service answered terms billing cannot read: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    private void feed(OwnerTerms.Live live) {
        if (live.version() < 1) {
            return;
        }
        try {
            readModel.refresh(live.terms(), live.version());
        } catch (RuntimeException e) {
            log.warn("Could not refresh the read model of partnership {} from the owner's answer: {}",
                    live.terms().partnershipId(), e.toString());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
