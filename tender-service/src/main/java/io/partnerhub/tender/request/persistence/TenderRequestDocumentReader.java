package io.partnerhub.tender.request.persistence;

import io.partnerhub.tender.request.TenderRequest;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads a request from a raw document (for queries that return BSON, like the fan-out claim). */
@Component
public class TenderRequestDocumentReader {

    private final MongoTemplate mongo;

    public TenderRequestDocumentReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public TenderRequest read(Document document) {
        return TenderRequest.restore(mongo.getConverter().read(TenderRequestDocument.class, document).state());
    }
}
