package io.partnerhub.kit.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay right after Spring Data saved a document that keeps an outbox. */
class OutboxWakeListener extends AbstractMongoEventListener<HasOutbox> {

    private final OutboxRelay relay;

    OutboxWakeListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<HasOutbox> event) {
        relay.wake();
    }
}
