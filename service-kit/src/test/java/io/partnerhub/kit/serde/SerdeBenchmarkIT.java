package io.partnerhub.kit.serde;

import io.partnerhub.events.partnership.PartnerProgramStatusChanged;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.EmbeddedPlatformExtension;
import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our serializer and deserializer (Confluent wire format, schema id from the embedded registry,
 * cached) against raw Avro binary encoding and decoding of the same record, per event: each must
 * cost at most 1.2× raw Avro. Timed over 200,000 events after a warm-up of as many.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
class SerdeBenchmarkIT {

    private static final int EVENTS = 200_000;
    private static final String TOPIC = io.partnerhub.events.Topic.PARTNERS.topicName();

    private final PartnerProgramStatusChanged event = SerdeFixture.event();
    private final SpecificDatumWriter<PartnerProgramStatusChanged> writer =
            new SpecificDatumWriter<>(PartnerProgramStatusChanged.class);
    private final SpecificDatumReader<PartnerProgramStatusChanged> reader =
            new SpecificDatumReader<>(PartnerProgramStatusChanged.class);
    private BinaryEncoder encoder;
    private BinaryDecoder decoder;
    private long sink;

    record Sample(double rawEncode, double ours, double rawDecode, double oursDecode) {
    }

    @Test
    void ourSerdeAgainstRawAvro() {
        String url = EmbeddedPlatform.shared().schemaRegistryUrl();
        try (AvroEventSerializer serializer = SerdeFixture.serializer(url);
             AvroEventDeserializer deserializer = SerdeFixture.deserializer(SerdeFixture.registry(url))) {
            byte[] wire = serializer.serialize(TOPIC, event);
            byte[] raw = rawEncode();
            assertThat(deserializer.deserialize(TOPIC, wire)).isEqualTo(event);
            assertThat(rawDecode(raw)).isEqualTo(event);

            measure(serializer, deserializer, wire, raw); // warm-up
            List<Sample> samples = BenchmarkResults.repeat(() -> measure(serializer, deserializer, wire, raw));
            BenchmarkResults.record(BenchmarkRow.ratioAtMost("serializer per event (ours vs raw Avro encode)",
                    median(samples, Sample::ours), median(samples, Sample::rawEncode), "raw Avro", "µs", 1.2));
            BenchmarkResults.record(BenchmarkRow.ratioAtMost("deserializer per event (ours vs raw Avro decode)",
                    median(samples, Sample::oursDecode), median(samples, Sample::rawDecode), "raw Avro", "µs", 1.2));
        }
        assertThat(sink).isNotZero();
    }

    private Sample measure(AvroEventSerializer serializer, AvroEventDeserializer deserializer, byte[] wire, byte[] raw) {
        return new Sample(
                microsPerEvent(i -> sink += rawEncode().length),
                microsPerEvent(i -> sink += serializer.serialize(TOPIC, event).length),
                microsPerEvent(i -> sink += rawDecode(raw).getPartnerId().length()),
                microsPerEvent(i -> sink += ((PartnerProgramStatusChanged) deserializer.deserialize(TOPIC, wire))
                        .getPartnerId().length()));
    }

    private byte[] rawEncode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        encoder = EncoderFactory.get().binaryEncoder(out, encoder);
        try {
            writer.write(event, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private PartnerProgramStatusChanged rawDecode(byte[] bytes) {
        decoder = DecoderFactory.get().binaryDecoder(bytes, decoder);
        try {
            return reader.read(null, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double microsPerEvent(IntConsumer work) {
        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            work.accept(i);
        }
        return (System.nanoTime() - start) / 1e3 / EVENTS;
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> measure) {
        return BenchmarkResults.median(samples.stream().map(measure::applyAsDouble).toList());
    }
}
