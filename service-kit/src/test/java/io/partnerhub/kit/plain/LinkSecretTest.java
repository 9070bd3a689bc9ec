package io.partnerhub.kit.plain;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

class LinkSecretTest {

    @Test
    void aGeneratedSecretHas43Base64UrlCharactersAndIsNeverRepeated() {
        LinkSecret first = LinkSecret.generate();
        assertThat(first.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(LinkSecret.looksValid(first.value())).isTrue();
        assertThat(LinkSecret.generate()).isNotEqualTo(first);
    }

    @Test
    void onlyTheHashIsStoredAndOnlyTheSecretMatchesIt() {
        LinkSecret secret = LinkSecret.generate();
        String stored = secret.hash();
        assertThat(stored).hasSize(64).isNotEqualTo(secret.value()).isEqualTo(LinkSecret.hashOf(secret.value()));
        assertThat(LinkSecret.matches(stored, secret.value())).isTrue();
        assertThat(LinkSecret.matches(stored, LinkSecret.generate().value())).isFalse();
        assertThat(LinkSecret.matches(stored, null)).isFalse();
        assertThat(LinkSecret.matches(null, secret.value())).isFalse();
    }

    @Test
    void malformedSecretsAreRecognisedWithoutHashing() {
        assertThat(LinkSecret.looksValid(null)).isFalse();
        assertThat(LinkSecret.looksValid("short")).isFalse();
        assertThat(LinkSecret.looksValid("a".repeat(42) + "=")).isFalse();
        assertThat(LinkSecret.looksValid("a".repeat(44))).isFalse();
    }

    @Test
    void theSecretNeverAppearsInLogs() {
        LinkSecret secret = LinkSecret.generate();
        assertThat(secret.toString()).doesNotContain(secret.value());
    }

    @Test
    void thePlainPackageUsesTheJdkOnlySoDomainCodeMayDependOnIt() {
        classes().that().resideInAPackage("io.partnerhub.kit.plain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "io.partnerhub.kit.plain..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.partnerhub.kit.plain"));
    }
}
