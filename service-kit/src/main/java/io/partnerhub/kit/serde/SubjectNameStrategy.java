package io.partnerhub.kit.serde;

import org.apache.avro.Schema;

import java.util.Locale;

/**
 * How a record's registry subject is named (Confluent's three strategies). Configured by
 * {@code value.subject.name.strategy} / {@code key.subject.name.strategy}, by short name
 * ({@code TopicRecordName}) or by Confluent's class name.
 */
public enum SubjectNameStrategy {
    /** {@code <topic>-<record full name>}: several event types per topic, each evolving alone. */
    TOPIC_RECORD_NAME {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + "-" + schema.getFullName();
        }
    },
    /** {@code <topic>-value} / {@code <topic>-key}: one schema per topic. */
    TOPIC_NAME {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + (isKey ? "-key" : "-value");
        }
    },
    /** {@code <record full name>}: one schema per record type across topics. */
    RECORD_NAME {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return schema.getFullName();
        }
    };

    public abstract String subject(String topic, boolean isKey, Schema schema);

    /** Parses a config value: short name, enum name, or Confluent's strategy class name. */
    public static SubjectNameStrategy fromConfig(String value) {
        if (value == null || value.isBlank()) {
            return TOPIC_RECORD_NAME;
        }
        String simple = value.substring(value.lastIndexOf('.') + 1).replace("_", "").toLowerCase(Locale.ROOT);
        if (simple.endsWith("strategy")) {
            simple = simple.substring(0, simple.length() - "strategy".length());
        }
        switch (simple) {
            case "topicrecordname":
                return TOPIC_RECORD_NAME;
            case "topicname":
                return TOPIC_NAME;
            case "recordname":
                return RECORD_NAME;
            default:
                throw new IllegalArgumentException("Unknown subject name strategy: " + value
                        + " (use TopicRecordName, TopicName or RecordName)");
        }
    }
}
