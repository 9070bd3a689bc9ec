package io.partnerhub.partnership.partner.persistence;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings partner documents written before volumes were kept per currency to the current shape as
 * they are read, before mapping: the single {@code partner.yearlyVolume} with its
 * {@code volumeSourceVersion} becomes that currency's entry in {@code partner.yearlyVolumes}. The
 * next write of the partner stores the new shape.
 */
@Component
public class PartnerDocumentUpgrade extends AbstractMongoEventListener<PartnerDocument> {

    @Override
    public void onAfterLoad(AfterLoadEvent<PartnerDocument> event) {
        upgrade(event.getDocument());
    }

    static void upgrade(Document stored) {
        if (stored == null || !(stored.get("partner") instanceof Document partner)
                || partner.containsKey("yearlyVolumes")) {
            return;
        }
        Object volume = partner.remove("yearlyVolume");
        Object sourceVersion = partner.remove("volumeSourceVersion");
        List<Document> reported = new ArrayList<>();
        // year 0 was the placeholder of partners billing had not reported on yet
        if (volume instanceof Document single && single.get("year") instanceof Number year && year.intValue() != 0) {
            reported.add(new Document("volume", single)
                    .append("sourceVersion", sourceVersion instanceof Number number ? number.longValue() : 0L));
        }
        partner.put("yearlyVolumes", new Document("reported", reported));
    }
}
