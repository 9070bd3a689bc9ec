package io.partnerhub.notification.it;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnerhub.events.Topic;
import io.partnerhub.events.common.Language;
import io.partnerhub.kit.serde.AvroEventDeserializer;
import io.partnerhub.kit.serde.AvroSerdeConfig;
import io.partnerhub.notification.delivery.Delivery;
import io.partnerhub.notification.delivery.DeliveryStatus;
import io.partnerhub.notification.delivery.mail.EmailComposer;
import io.partnerhub.notification.delivery.mail.EmailRenderer;
import io.partnerhub.notification.delivery.mail.SmtpMailGateway;
import io.partnerhub.notification.delivery.persistence.DeliveryDocument;
import io.partnerhub.notification.message.MessageFixture;
import io.partnerhub.platform.EmbeddedPlatform;
import io.partnerhub.platform.benchmark.BenchmarkResults;
import io.partnerhub.platform.benchmark.BenchmarkRow;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import static io.partnerhub.notification.it.EventFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R28 at scale: one tender offered to 10,000 partners, measured against the machine's own limits in
 * the same run, three times (the table gets the medians). With the offer listener paused it
 * publishes 10,000 TenderOffered events, reads them back with a plain KafkaConsumer (the raw
 * consumer rate), bulk-inserts 10,000 delivery-sized documents into a scratch collection (the raw
 * bulk-write rate) and hands 10,000 composed excerpt emails to the SMTP server over one plain
 * Jakarta Mail connection (the raw SMTP rate); then it resumes the listener and times the
 * service's intake of that backlog (events → stored deliveries) and the emails accepted by the
 * SMTP server. Records the fan-out against raw SMTP and intake against raw bulk write; prints
 * where intake time went; asserts only the counts.
 */
class ExcerptFanOutBenchmarkIT extends FlowIntegrationTest {

    private static final int PARTNERS = Integer.getInteger("benchmark.partners", 10_000);
    private static final Language[] LANGUAGES = Language.values();
    private static final String OFFER_LISTENER = "notification-service-tender-offer";
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EmailRenderer renderer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SmtpMailGateway gateway;

    @Autowired
    EmailComposer composer;

    @Autowired
    JavaMailSenderImpl mail;

    /** One run's figures, each a rate per second. */
    record Sample(double fanOut, double rawSmtp, double intake, double rawBulkWrite) {
    }

    @Test
    void tenThousandExcerptEmails() {
        List<Sample> samples = BenchmarkResults.repeat(this::fanOut);
        BenchmarkResults.record(BenchmarkRow.ratioAtLeast(String.format(Locale.ROOT, "tender fan-out to %,d partners:"
                        + " TenderOffered backlog → last excerpt accepted by SMTP", PARTNERS), median(samples, Sample::fanOut),
                median(samples, Sample::rawSmtp), "raw SMTP, one connection", "emails/s", 0.5));
        BenchmarkResults.record(BenchmarkRow.ratioAtLeast("notification intake (TenderOffered → stored delivery)",
                median(samples, Sample::intake), median(samples, Sample::rawBulkWrite), "raw insertMany",
                "docs/s", 0.5));
    }

    private Sample fanOut() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MessageListenerContainer offers = listeners.getListenerContainer(OFFER_LISTENER);
        offers.pause();
        await().atMost(Duration.ofSeconds(30)).until(offers::isContainerPaused);
        long sentBefore = deliveries.count(DeliveryStatus.SENT);
        long storedBefore = stored();
        Map<TopicPartition, Long> from = endOffsets();

        long publishing = System.nanoTime();
        for (int i = 0; i < PARTNERS; i++) {
            String partnerId = "bench-" + run + "-p-" + i;
            kafka.send(Topic.TENDER_OFFERS.topicName(), partnerId, EventFixture.tenderOffered("bench-t-" + run,
                    partnerId, "Web hosting for 35 schools", to("partner-" + i + "-" + run + "@bench.test",
                            LANGUAGES[i % LANGUAGES.length])));
        }
        kafka.flush();
        double published = seconds(publishing);

        double rawConsumer = PARTNERS / rawConsume(from);
        double rawBulkWrite = PARTNERS / rawInsertMany();
        double rawSmtp = PARTNERS / rawSmtp();
        purgeInboxes();
        int inboxBefore = EmbeddedPlatform.shared().smtp().getReceivedMessages().length;

        Map<String, Double> timesBefore = intakeTimes();
        Map<Long, Long> threadCpuBefore = threadCpuNanos();
        double listenerCpuBefore = listenerCpuSeconds();
        double processCpuBefore = processCpuSeconds();
        long intake = System.nanoTime();
        offers.resume();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(100))
                .until(() -> stored() - storedBefore >= PARTNERS);
        double accepted = seconds(intake);
        Map<String, Double> intakeTimes = minus(intakeTimes(), timesBefore);
        double listenerCpu = listenerCpuSeconds() - listenerCpuBefore;
        String busiestThreads = busiestThreads(threadCpuBefore);
        double processCpu = processCpuSeconds() - processCpuBefore;
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(50))
                .until(() -> EmbeddedPlatform.shared().smtp().getReceivedMessages().length - inboxBefore >= PARTNERS);
        double sent = seconds(intake);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> deliveries.count(DeliveryStatus.SENT) - sentBefore >= PARTNERS);
        String sendingCpu = busiestThreads(threadCpuBefore);

        double intakeRate = PARTNERS / accepted;
        int consumers = offers instanceof ConcurrentMessageListenerContainer<?, ?> concurrent ? concurrent.getConcurrency() : 1;
        double listenerThreadSeconds = consumers * accepted;
        System.out.printf(Locale.ROOT, "%n[fan-out] %d TenderOffered events published in %.2f s (%.0f/s)%n"
                        + "[fan-out] raw consumer (plain KafkaConsumer, kit Avro deserializer): %.0f records/s%n"
                        + "[fan-out] raw bulk write (insertMany of %d delivery-sized documents): %.0f documents/s%n"
                        + "[fan-out] raw SMTP (%d composed excerpts over one plain connection): %.0f messages/s%n"
                        + "[fan-out] intake (backlog → stored deliveries): %.2f s, %.0f events/s = %.2f × raw consumer,"
                        + " %.2f × raw bulk write%n"
                        + "[fan-out] end to end (backlog → accepted by SMTP): %.2f s, %.0f emails/s = %.2f × raw SMTP%n"
                        + "[fan-out] intake time on %d listener threads (%.1f thread-s): render %.1f s (%.0f µs/email),"
                        + " store %.1f s (%.0f µs/email), accept total %.1f s; Kafka + container %.1f s%n"
                        + "[fan-out] CPU during intake: listener threads %.1f s (%.0f µs/event), whole JVM %.1f s of"
                        + " %.1f core-s (%d cores; broker, Mongo server, sender and SMTP server share it), load average %.1f%n"
                        + "[fan-out] CPU during intake by thread group: %s%n"
                        + "[fan-out] CPU until every email was accepted, by thread group: %s%n%n",
                PARTNERS, published, PARTNERS / published, rawConsumer, PARTNERS, rawBulkWrite, PARTNERS, rawSmtp,
                accepted, intakeRate, intakeRate / rawConsumer, intakeRate / rawBulkWrite,
                sent, PARTNERS / sent, PARTNERS / sent / rawSmtp,
                consumers, listenerThreadSeconds, intakeTimes.get("render"), micros(intakeTimes.get("render")),
                intakeTimes.get("store"), micros(intakeTimes.get("store")), intakeTimes.get("accept"),
                listenerThreadSeconds - intakeTimes.get("accept"),
                listenerCpu, micros(listenerCpu), processCpu, accepted * CORES, CORES, loadAverage, busiestThreads,
                sendingCpu);

        assertThat(deliveries.count(DeliveryStatus.SENT) - sentBefore).isEqualTo(PARTNERS);
        assertThat(EmbeddedPlatform.shared().smtp().getReceivedMessages().length - inboxBefore).isEqualTo(PARTNERS);
        assertThat(Arrays.stream(DeliveryStatus.values()).filter(DeliveryStatus::awaitsSending)
                .mapToLong(deliveries::count).sum()).isZero();
        purgeInboxes();
        return new Sample(PARTNERS / sent, rawSmtp, intakeRate, rawBulkWrite);
    }

    /** The benchmark's emails would otherwise pile up in the SMTP server's memory, run after run. */
    private static void purgeInboxes() {
        try {
            EmbeddedPlatform.shared().smtp().purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seconds one plain SMTP connection takes to hand over PARTNERS excerpt emails composed beforehand. */
    private double rawSmtp() {
        List<MimeMessage> messages = new ArrayList<>(PARTNERS);
        for (int i = 0; i < PARTNERS; i++) {
            io.partnerhub.notification.message.Message excerpt = MessageFixture.tenderOffered(
                    "Web hosting for 35 schools", io.partnerhub.notification.message.Language.values()[i % 5]);
            MimeMessage message = composer.compose(Delivery.accept(excerpt, renderer.render(excerpt), Instant.now(),
                    null), gateway.newMessage());
            try {
                message.saveChanges();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
            messages.add(message);
        }
        long start = System.nanoTime();
        try (Transport transport = mail.getSession().getTransport("smtp")) {
            transport.connect(mail.getHost(), mail.getPort(), null, null);
            for (MimeMessage message : messages) {
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return seconds(start);
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> measure) {
        return BenchmarkResults.median(samples.stream().map(measure::applyAsDouble).toList());
    }

    /** Seconds a plain consumer takes to read the benchmark's records, from the offsets before publishing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private double rawConsume(Map<TopicPartition, Long> from) {
        Map<String, Object> configs = new HashMap<>(consumerConfigs());
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        configs.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroEventDeserializer.class);
        Deserializer<SpecificRecord> values = new ErrorHandlingDeserializer();
        values.configure(configs, false);
        long start = System.nanoTime();
        int read = 0;
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(configs, new StringDeserializer(),
                values)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (read < PARTNERS && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(500))) {
                    assertThat(record.value()).isNotNull();
                    read++;
                }
            }
        }
        double seconds = seconds(start);
        assertThat(read).isEqualTo(PARTNERS);
        return seconds;
    }

    /** Seconds one unordered insertMany of PARTNERS rendered deliveries takes (same unique key index). */
    private double rawInsertMany() {
        Delivery delivery = Delivery.accept(MessageFixture.tenderOffered("Web hosting for 35 schools",
                io.partnerhub.notification.message.Language.EN), renderer.render(MessageFixture.tenderOffered(
                "Web hosting for 35 schools", io.partnerhub.notification.message.Language.EN)), Instant.now(), null);
        Document template = DeliveryDocument.from(delivery).toBson(List.of());
        MongoCollection<Document> scratch = mongo.getCollection("benchmark_scratch_" + UUID.randomUUID());
        scratch.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>(PARTNERS);
        for (int i = 0; i < PARTNERS; i++) {
            Document document = new Document(template);
            document.put("_id", UUID.randomUUID().toString());
            document.put("idempotencyKey", template.getString("idempotencyKey") + i);
            documents.add(document);
        }
        long start = System.nanoTime();
        scratch.insertMany(documents);
        double seconds = seconds(start);
        assertThat(scratch.countDocuments()).isEqualTo(PARTNERS);
        scratch.drop();
        return seconds;
    }

    /** CPU time of the offer listener's consumer threads (Spring names them after the listener id). */
    private static double listenerCpuSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(OFFER_LISTENER))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum() / 1e9;
    }

    private static Map<Long, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** CPU seconds since {@code before} per thread name with its numbers blanked, the busiest first. */
    private static String busiestThreads(Map<Long, Long> before) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> byGroup = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long now = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (now > 0) {
                byGroup.merge(info.getThreadName().replaceAll("\\d+", "#"),
                        (now - before.getOrDefault(info.getThreadId(), 0L)) / 1e9, Double::sum);
            }
        }
        return byGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .map(group -> String.format(Locale.ROOT, "%s %.1f s", group.getKey(), group.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfigs(), new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.TENDER_OFFERS.topicName()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    private static Map<String, Object> consumerConfigs() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.shared().kafkaBootstrapServers(),
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, EmbeddedPlatform.shared().schemaRegistryUrl());
    }

    private Map<String, Double> intakeTimes() {
        Map<String, Double> times = new HashMap<>();
        for (String step : List.of("render", "store", "accept")) {
            Timer timer = meters.find("partnerhub.notification.intake").tag("step", step).timer();
            times.put(step, timer == null ? 0 : timer.totalTime(TimeUnit.SECONDS));
        }
        return times;
    }

    private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> difference = new HashMap<>();
        after.forEach((step, seconds) -> difference.put(step, seconds - before.getOrDefault(step, 0.0)));
        return difference;
    }

    private static double micros(double seconds) {
        return seconds * 1e6 / PARTNERS;
    }

    private long stored() {
        return Arrays.stream(DeliveryStatus.values()).mapToLong(deliveries::count).sum();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
