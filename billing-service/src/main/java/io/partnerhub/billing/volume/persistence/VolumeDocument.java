package io.partnerhub.billing.volume.persistence;

import io.partnerhub.kit.outbox.HasOutbox;
import io.partnerhub.kit.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A partner's managed volume for one year and currency, the orders already counted (so a replay
 * counts nothing twice), a version for guarded updates, and pending events.
 */
@Document(VolumeDocument.COLLECTION)
public record VolumeDocument(@Id String id, String partnerId, int year, String currency, String amount,
                             List<String> countedOrders, long revision, List<OutboxMessage> outbox)
        implements HasOutbox {

    public static final String COLLECTION = "partner_volumes";

    public static String idOf(String partnerId, int year, String currency) {
        return partnerId + ":" + year + ":" + currency;
    }
}
