package io.partnerhub.billing.volume.application;

import io.partnerhub.billing.benefit.BenefitReason;
import io.partnerhub.billing.messaging.AvroMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.billing.volume.YearlyVolume;
import io.partnerhub.billing.volume.persistence.VolumeDocument;
import io.partnerhub.billing.volume.persistence.VolumeStore;
import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.OrderLine;
import io.partnerhub.events.billing.OrderPlaced;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.plain.OptimisticRetry;
import org.springframework.stereotype.Service;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Adds each order's managed value to the partner's yearly volume (R2) and publishes
 * PartnerYearlyVolumeChanged on the year's first order and whenever the threshold is crossed.
 */
@Service
public class VolumeRecorder {

    private final VolumeStore store;
    private final EventMetadataFactory metadata;
    private final OutboxRelay relay;

    public VolumeRecorder(VolumeStore store, EventMetadataFactory metadata, OutboxRelay relay) {
        this.store = store;
        this.metadata = metadata;
        this.relay = relay;
    }

    public void onOrderPlaced(OrderPlaced order) {
        if (order.getPartnerId() == null) {
            return;
        }
        Currency currency = Currency.valueOf(order.getTotal().getCurrency().name());
        Money managed = order.getLines().stream()
                .filter(line -> BenefitReason.valueOf(line.getBenefitReason()).managedByPartner())
                .map(OrderLine::getPublicPrice).map(AvroMoney::fromAvro).reduce(Money.zero(currency), Money::plus);
        if (!managed.isPositive()) {
            return;
        }
        int year = order.getMetadata().getOccurredAt().atZone(ZoneOffset.UTC).getYear();
        String id = VolumeDocument.idOf(order.getPartnerId(), year, currency.name());
        OptimisticRetry.untilWritten("Volume " + id, () -> {
            VolumeDocument document = store.find(id).orElse(null);
            if (document == null) {
                store.create(new VolumeDocument(id, order.getPartnerId(), year, currency.name(), "0.00", List.of(), 0,
                        List.of()));
                return false;
            }
            if (document.countedOrders().contains(order.getOrderId())) {
                return true;
            }
            YearlyVolume before = new YearlyVolume(order.getPartnerId(), year, currency,
                    StoredMoney.money(document.amount(), currency));
            YearlyVolume.VolumeChange change = before.add(managed);
            List<OutboxMessage> events = change.worthPublishing()
                    ? List.of(changed(order, change.after(), document.revision() + 1)) : List.of();
            boolean written = store.addOrder(id, document.revision(), order.getOrderId(),
                    StoredMoney.amount(change.after().amount()), events);
            if (written) {
                relay.wake();
            }
            return written;
        });
    }

    private OutboxMessage changed(OrderPlaced order, YearlyVolume volume, long version) {
        PartnerYearlyVolumeChanged event = PartnerYearlyVolumeChanged.newBuilder()
                .setMetadata(metadata.causedBy(order.getMetadata(), order.getPartnerId(), version))
                .setPartnerId(volume.partnerId())
                .setYear(volume.year())
                .setYearlyVolume(AvroMoney.toAvro(volume.amount()))
                .setThreshold(AvroMoney.toAvro(volume.threshold()))
                .setAtOrAboveThreshold(volume.atOrAboveThreshold())
                .build();
        return OutboxMessage.of(Topic.PARTNER_VOLUMES, PartnerVolumeKey.of(volume.partnerId(), volume.currency().name()),
                event);
    }
}
