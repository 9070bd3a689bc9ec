package io.partnerhub.platform.deploy;

import io.partnerhub.events.Topic;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.partnerhub.platform.deploy.DeploymentFiles.SERVICES;
import static io.partnerhub.platform.deploy.DeploymentFiles.deploy;
import static org.assertj.core.api.Assertions.assertThat;

/** The production files cannot run here (no Docker, no cluster): this checks what can be checked. */
class DeploymentFilesTest {

    private static final String LINK_TOKEN_KEYS = "LINK_TOKEN_KEYS";

    @Test
    void composeRunsThePlatformAndEveryServiceWithVariablesTheServiceReads() {
        Map<String, Object> compose = DeploymentFiles.yaml(deploy("compose/compose.yaml"));
        Map<String, Map<String, Object>> services = cast(compose.get("services"));

        assertThat(services).containsKeys("kafka", "schema-registry", "mongo", "mail");
        assertThat(services).containsKeys(SERVICES.toArray(String[]::new));
        for (String service : SERVICES) {
            Map<String, Object> environment = cast(services.get(service).get("environment"));
            assertThat(environment.keySet())
                    .as("environment of %s in compose.yaml", service)
                    .isSubsetOf(DeploymentFiles.environmentVariablesReadBy(service));
        }
    }

    @Test
    void everyServiceHasItsKubernetesObjectsProbesAndResources() {
        for (String service : SERVICES) {
            List<Map<String, Object>> documents =
                    DeploymentFiles.yamlDocuments(deploy("k8s/base/" + service + ".yaml"));
            Set<String> kinds = documents.stream().map(document -> (String) document.get("kind"))
                    .collect(Collectors.toSet());
            assertThat(kinds).as(service).containsExactlyInAnyOrder(
                    "ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");

            Map<String, Object> container = container(documents);
            assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
            assertThat(path(container, "resources", "requests", "memory")).isNotNull();
            assertThat(path(container, "resources", "limits", "memory")).isNotNull();
        }
    }

    @Test
    void everyVariableKubernetesSetsIsOneTheServiceReads() {
        Map<String, Object> common = cast(DeploymentFiles.yaml(deploy("k8s/base/configmap.yaml")).get("data"));
        for (String service : SERVICES) {
            List<Map<String, Object>> documents =
                    DeploymentFiles.yamlDocuments(deploy("k8s/base/" + service + ".yaml"));
            Set<String> variables = new HashSet<>(common.keySet());
            documents.stream().filter(document -> "ConfigMap".equals(document.get("kind")))
                    .forEach(configMap -> variables.addAll(((Map<?, ?>) configMap.get("data")).keySet()
                            .stream().map(String::valueOf).toList()));
            List<Map<String, Object>> env = cast(container(documents).get("env"));
            env.forEach(variable -> variables.add((String) variable.get("name")));

            assertThat(variables).as("variables set for %s", service)
                    .isSubsetOf(DeploymentFiles.environmentVariablesReadBy(service));
        }
    }

    @Test
    void linkTokenKeysReachTheServicesThatCarryLinkSecretsFromASecretAndAreRequiredInCompose() {
        Map<String, Map<String, Object>> compose = cast(DeploymentFiles.yaml(deploy("compose/compose.yaml")).get("services"));
        Map<String, Object> common = cast(DeploymentFiles.yaml(deploy("k8s/base/configmap.yaml")).get("data"));
        assertThat(common).doesNotContainKey(LINK_TOKEN_KEYS);
        for (String service : SERVICES) {
            boolean carriesLinkSecrets = !service.equals("billing-service");
            List<Map<String, Object>> documents = DeploymentFiles.yamlDocuments(deploy("k8s/base/" + service + ".yaml"));
            documents.stream().filter(document -> "ConfigMap".equals(document.get("kind")))
                    .forEach(configMap -> assertThat(DeploymentFilesTest.<Map<String, Object>>cast(configMap.get("data")))
                            .as("ConfigMap of %s", service).doesNotContainKey(LINK_TOKEN_KEYS));
            List<Map<String, Object>> env = cast(container(documents).get("env"));
            Map<String, Object> keys = env.stream().filter(variable -> LINK_TOKEN_KEYS.equals(variable.get("name")))
                    .findFirst().orElse(null);
            Map<String, Object> composeEnvironment = cast(compose.get(service).get("environment"));
            if (!carriesLinkSecrets) {
                assertThat(keys).as(service).isNull();
                assertThat(composeEnvironment).as(service).doesNotContainKey(LINK_TOKEN_KEYS);
                continue;
            }
            assertThat(path(keys, "valueFrom", "secretKeyRef", "name")).as(service).isEqualTo("partnerhub-link-tokens");
            assertThat(path(keys, "valueFrom", "secretKeyRef", "key")).as(service).isEqualTo("keys");
            assertThat((String) composeEnvironment.get(LINK_TOKEN_KEYS)).as("compose refuses to start without keys")
                    .startsWith("${LINK_TOKEN_KEYS:?");
        }
    }

    @Test
    void kustomizationListsEveryManifest() {
        List<String> resources = cast(DeploymentFiles.yaml(deploy("k8s/base/kustomization.yaml")).get("resources"));
        assertThat(resources).contains("configmap.yaml");
        SERVICES.forEach(service -> assertThat(resources).contains(service + ".yaml"));
    }

    @Test
    void topicDefinitionMatchesTheCatalog() {
        List<Map<String, Object>> topics = cast(DeploymentFiles.yaml(deploy("kafka/topics.yaml")).get("topics"));
        Map<String, Map<String, Object>> byName = new HashMap<>();
        topics.forEach(topic -> byName.put((String) topic.get("name"), topic));

        assertThat(byName).hasSize(Topic.values().length);
        for (Topic topic : Topic.values()) {
            Map<String, Object> defined = byName.get(topic.topicName());
            assertThat(defined).as(topic.topicName()).isNotNull();
            assertThat(defined.get("partitions")).isEqualTo(topic.partitions());
            assertThat(defined.get("key")).isEqualTo(topic.key());
            assertThat(defined.get("cleanupPolicy")).isEqualTo(topic.cleanupPolicy().configValue());
            assertThat(defined.get("retentionDays")).isEqualTo((int) topic.retention().toDays());
            assertThat((String) defined.get("why")).isNotBlank();
        }
    }

    private static Map<String, Object> container(List<Map<String, Object>> documents) {
        Map<String, Object> deployment = documents.stream()
                .filter(document -> "Deployment".equals(document.get("kind"))).findFirst().orElseThrow();
        List<Map<String, Object>> containers = cast(path(deployment, "spec", "template", "spec", "containers"));
        return containers.get(0);
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object current = root;
        for (String key : keys) {
            current = current == null ? null : ((Map<?, ?>) current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}
