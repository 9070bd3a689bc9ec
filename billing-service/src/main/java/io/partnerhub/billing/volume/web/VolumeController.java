package io.partnerhub.billing.volume.web;

import jakarta.validation.constraints.Pattern;
import io.partnerhub.billing.web.IdFormats;
import io.partnerhub.billing.collaborator.PartnerMoney;
import io.partnerhub.billing.money.Currency;
import io.partnerhub.billing.persistence.StoredMoney;
import io.partnerhub.billing.volume.YearlyVolume;
import io.partnerhub.billing.volume.persistence.VolumeStore;
import io.partnerhub.kit.plain.NotFoundException;
import io.partnerhub.kit.security.Caller;
import io.partnerhub.kit.web.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The partner's yearly managed volume per currency against the R2 thresholds (the partner only). */
@RestController
class VolumeController {

    private final VolumeStore store;
    private final Clock clock;

    VolumeController(VolumeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    record Volume(int year, String currency, String amount, String threshold, boolean atOrAboveThreshold) {
    }

    @GetMapping("/partners/{partnerId}/yearly-volume")
    List<Volume> volume(Caller caller, @PathVariable @Pattern(regexp = IdFormats.ORGANIZATION, message = IdFormats.ORGANIZATION_MESSAGE) String partnerId, @RequestParam(required = false) Integer year) {
        if (!partnerId.equals(caller.organizationId())) {
            throw new NotFoundException("No partner " + partnerId);
        }
        if (!PartnerMoney.readableBy(caller.roles())) {
            throw new ForbiddenException(PartnerMoney.REFUSAL);
        }
        int asked = year != null ? year : clock.instant().atZone(ZoneOffset.UTC).getYear();
        return store.ofPartner(partnerId, asked).stream().map(document -> {
            Currency currency = Currency.valueOf(document.currency());
            YearlyVolume volume = new YearlyVolume(partnerId, asked, currency,
                    StoredMoney.money(document.amount(), currency));
            return new Volume(asked, currency.name(), document.amount(), StoredMoney.amount(volume.threshold()),
                    volume.atOrAboveThreshold());
        }).toList();
    }
}
