package io.partnerhub.tender.it;

import io.partnerhub.tender.contact.Language;
import io.partnerhub.tender.contact.PartnerContact;
import io.partnerhub.tender.subscription.mongo.SubscriptionDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

/** Writes many opted-in partners straight into the read model (the Kafka path is covered by TenderFlowIT). */
final class SubscriptionSeeder {

    private SubscriptionSeeder() {
    }

    static String partnerId(String prefix, int index) {
        return String.format("%s-%06d", prefix, index);
    }

    static void seed(MongoTemplate mongo, String prefix, String category, int count) {
        List<SubscriptionDocument> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = partnerId(prefix, i);
            batch.add(new SubscriptionDocument(id,
                    new PartnerContact(id, "Partner " + id, id + "@partners.example", Language.EN, null),
                    true, List.of(category), List.of(), 1));
            if (batch.size() == 1000) {
                mongo.insert(batch, SubscriptionDocument.COLLECTION);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, SubscriptionDocument.COLLECTION);
        }
    }
}
