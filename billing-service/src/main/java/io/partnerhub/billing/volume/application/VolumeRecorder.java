package io.partnerhub.billing.volume.application;

import io.partnerhub.billing.messaging.AvroMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.money.Money;
import io.partnerhub.billing.order.Order;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.billing.volume.YearlyVolume;
import io.partnerhub.billing.volume.persistence.VolumeDocument;
import io.partnerhub.billing.volume.persistence.VolumeStore;
import io.partnerhub.events.PartnerVolumeKey;
import io.partnerhub.events.Topic;
import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.events.common.EventMetadata;
import io.partnerhub.kit.outbox.EventMetadataFactory;
import io.partnerhub.kit.outbox.OutboxMessage;
import io.partnerhub.kit.outbox.OutboxRelay;
import io.partnerhub.kit.plain.OptimisticRetry;
import org.springframework.stereotype.Service;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Adds each order's managed value ({@link Order#managedVolume()}) to the partner's yearly volume (R2)
 * and publishes PartnerYearlyVolumeChanged on the year's first order and whenever the threshold is crossed.
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

    /** Counts the placed order once, whatever the number of times its OrderPlaced ({@code cause}) arrives. */
    public void onOrderPlaced(Order order, EventMetadata cause) {
        if (order.partnerId() == null) {
            return;
        }
        Money managed = order.managedVolume();
        if (!managed.isPositive()) {
            return;
        }
        String partnerId = order.partnerId();
        Currency currency = order.currency();
        int year = order.placedAt().atZone(ZoneOffset.UTC).getYear();
        String id = VolumeDocument.idOf(partnerId, year, currency.name());
        OptimisticRetry.untilWritten("Volume " + id, () -> {
            VolumeDocument document = store.find(id).orElse(null);
            if (document == null) {
                store.create(new VolumeDocument(id, partnerId, year, currency.name(), "0.00", List.of(), 0, List.of()));
                return false;
            }
            if (document.countedOrders().contains(order.orderId())) {
                return true;
            }
            YearlyVolume before = new YearlyVolume(partnerId, year, currency,
                    StoredMoney.money(document.amount(), currency));
            YearlyVolume.VolumeChange change = before.add(managed);
            List<OutboxMessage> events = change.worthPublishing()
                    ? List.of(changed(cause, change.after(), document.revision() + 1)) : List.of();
            boolean written = store.addOrder(id, document.revision(), order.orderId(),
                    StoredMoney.amount(change.after().amount()), events);
            if (written) {
                relay.wake();
            }
            return written;
        });
    }

    private OutboxMessage changed(EventMetadata cause, YearlyVolume volume, long version) {
        PartnerYearlyVolumeChanged event = PartnerYearlyVolumeChanged.newBuilder()
                .setMetadata(metadata.causedBy(cause, volume.partnerId(), version))
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
