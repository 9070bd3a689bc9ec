package io.partnerhub.partnership.partner.messaging;

import io.partnerhub.events.billing.PartnerYearlyVolumeChanged;
import io.partnerhub.partnership.partner.application.YearlyVolumeRecorder;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin listener: billing's yearly volume reports → program status (R2). */
@Component
public class PartnerVolumeListener {

    private final YearlyVolumeRecorder recorder;

    public PartnerVolumeListener(YearlyVolumeRecorder recorder) {
        this.recorder = recorder;
    }

    static final String GROUP = "partnership-service-partner-volumes";

    @KafkaListener(id = GROUP, groupId = GROUP,
            topics = "#{T(io.partnerhub.events.Topic).PARTNER_VOLUMES.topicName()}")
    public void on(SpecificRecord event) {
        if (event instanceof PartnerYearlyVolumeChanged report) {
            recorder.record(report);
        }
    }
}
