package io.partnerhub.notification.delivery.client;

import io.partnerhub.kit.client.ServiceClient;
import io.partnerhub.kit.client.ServiceClients;
import io.partnerhub.notification.delivery.TenderOwner;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** tender-service's {@code POST /open-tender-checks}: {@code {"tenderIds":[..]}} → {@code {"open":[..]}}. */
@Component
class TenderServiceChecks implements TenderOwner {

    private final ServiceClient tenderService;

    TenderServiceChecks(ServiceClients clients, PeerProperties peers) {
        this.tenderService = clients.to("tender-service", peers.tenderUrl());
    }

    @Override
    public Set<String> openAmong(List<String> tenderIds) {
        OpenTenders answer = tenderService.post("open-tender-checks", new OpenTenderChecks(tenderIds), OpenTenders.class);
        if (answer == null || answer.open() == null) {
            throw new IllegalStateException("tender-service answered /open-tender-checks without \"open\"");
        }
        return Set.copyOf(answer.open());
    }

    record OpenTenderChecks(List<String> tenderIds) {
    }

    record OpenTenders(List<String> open) {
    }
}
