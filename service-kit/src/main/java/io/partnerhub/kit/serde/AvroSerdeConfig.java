package io.partnerhub.kit.serde;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The serde's settings, read from Kafka client configs under Confluent's key names. */
public record AvroSerdeConfig(List<String> registryUrls, String basicAuthUserInfo, boolean autoRegister,
                              boolean useLatestVersion, SubjectNameStrategy subjectNameStrategy) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";

    public static AvroSerdeConfig from(Map<String, ?> configs, boolean isKey) {
        return new AvroSerdeConfig(
                urls(configs.get(SCHEMA_REGISTRY_URL)),
                string(configs.containsKey(BASIC_AUTH_USER_INFO) ? configs.get(BASIC_AUTH_USER_INFO)
                        : configs.get("schema.registry." + BASIC_AUTH_USER_INFO)),
                bool(configs.get(AUTO_REGISTER_SCHEMAS), true),
                bool(configs.get(USE_LATEST_VERSION), false),
                SubjectNameStrategy.fromConfig(string(configs.get(
                        isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY))));
    }

    private static List<String> urls(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        String urls = string(value);
        if (urls == null || urls.isBlank()) {
            return List.of();
        }
        return Arrays.stream(urls.split(",")).map(String::trim).filter(url -> !url.isEmpty()).toList();
    }

    private static boolean bool(Object value, boolean defaultValue) {
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString().trim());
    }

    private static String string(Object value) {
        if (value instanceof Class<?> type) {
            return type.getName();
        }
        return value == null ? null : value.toString();
    }
}
