package io.partnerhub.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceArchitectureTest {

    private static final String GOOD = "io.partnerhub.testing.fixture.good";
    private static final String BAD = "io.partnerhub.testing.fixture.bad";

    private static ServiceArchitecture of(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        return new ServiceArchitecture(root, classes);
    }

    @Test
    void aServiceThatFollowsTheVocabularyPasses() {
        assertThatCode(() -> of(GOOD).check()).doesNotThrowAnyException();
    }

    @Test
    void aPackageOutsideTheVocabularyFails() {
        assertThatThrownBy(() -> of(BAD).packagesUseTheVocabulary().check(classesOf(BAD)))
                .hasMessageContaining("OrderRow sits in a package outside the vocabulary");
    }

    @Test
    void aDomainClassWithFrameworkImportsFails() {
        assertThatThrownBy(() -> of(BAD).domainIsPlainJava().check(classesOf(BAD)))
                .hasMessageContaining("fixture.bad.order.Order")
                .hasMessageContaining("org.springframework.stereotype.Component");
    }

    @Test
    void aClassBesideTheApplicationAtTheRootFails() {
        assertThatThrownBy(() -> of(BAD).onlyTheApplicationClassAtTheRoot().check(classesOf(BAD)))
                .hasMessageContaining("fixture.bad.Helpers");
    }

    private static JavaClasses classesOf(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
