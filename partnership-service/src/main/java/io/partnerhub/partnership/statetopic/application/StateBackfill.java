package io.partnerhub.partnership.statetopic.application;

import io.partnerhub.kit.plain.OptimisticRetry;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.messaging.Outbox;
import io.partnerhub.partnership.partner.Partner;
import io.partnerhub.partnership.partner.messaging.PartnerStateMapper;
import io.partnerhub.partnership.partner.persistence.PartnerStore;
import io.partnerhub.partnership.partnership.Partnership;
import io.partnerhub.partnership.partnership.messaging.PartnershipStateMapper;
import io.partnerhub.partnership.partnership.persistence.PartnershipStore;
import io.partnerhub.partnership.persistence.Versioned;
import io.partnerhub.partnership.web.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes the current state of every partner and partnership to the state topics, for an
 * installation whose records predate them. Each state goes through the aggregate's own outbox, in a
 * write guarded by its version like any change, so it is ordered with the changes around it on its key.
 * Idempotent: a second run publishes the same states at the same versions, which consumers that apply
 * only newer versions ignore and compaction folds away.
 */
@Service
public class StateBackfill {

    private static final Logger log = LoggerFactory.getLogger(StateBackfill.class);

    private final PartnerStore partners;
    private final PartnershipStore partnerships;
    private final Outbox outbox;

    public StateBackfill(PartnerStore partners, PartnershipStore partnerships, Outbox outbox) {
        this.partners = partners;
        this.partnerships = partnerships;
        this.outbox = outbox;
    }

    public Backfilled run(Caller caller) {
        Roles.requireOps(caller);
        long partnerCount = each(partners.ids(), id -> OptimisticRetry.untilWritten("partner " + id,
                () -> partners.find(id).map(loaded -> publish(loaded, caller)).orElse(true)));
        long partnershipCount = each(partnerships.ids(), id -> OptimisticRetry.untilWritten("partnership " + id,
                () -> partnerships.find(id).map(loaded -> publishPartnership(loaded, caller)).orElse(true)));
        log.info("State topics backfilled: {} partners, {} partnerships", partnerCount, partnershipCount);
        return new Backfilled(partnerCount, partnershipCount);
    }

    /** How many partners and partnerships had their state published. */
    public record Backfilled(long partners, long partnerships) {
    }

    private boolean publish(Versioned<Partner> loaded, Caller caller) {
        Partner partner = loaded.aggregate();
        return partners.tryUpdate(loaded, List.of(PartnerStateMapper.message(partner,
                outbox.metadata(partner.id(), partner.revision(), caller))));
    }

    private boolean publishPartnership(Versioned<Partnership> loaded, Caller caller) {
        Partnership partnership = loaded.aggregate();
        return partnerships.tryAppend(loaded, List.of(PartnershipStateMapper.message(partnership,
                outbox.metadata(partnership.id(), partnership.revision(), caller))));
    }

    private static long each(Stream<String> ids, Consumer<String> publish) {
        AtomicLong count = new AtomicLong();
        try (ids) {
            ids.forEach(id -> {
                publish.accept(id);
                count.incrementAndGet();
            });
        }
        return count.get();
    }
}
