package io.partnerhub.notification.sending;

import io.partnerhub.notification.delivery.Delivery;
import org.bson.Document;

import java.util.List;

/** A delivery as the intake stores it, for tests outside this package (the raw bulk-write benchmark). */
public final class DeliveryDocumentFixture {

    private DeliveryDocumentFixture() {
    }

    public static Document of(Delivery delivery) {
        return DeliveryDocuments.toDocument(delivery, List.of());
    }
}
