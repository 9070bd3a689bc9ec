package io.partnerhub.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partnerhub.platform.testing.PlainJavaDomain;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The message and delivery model stays plain Java: frameworks are mapped at the edge. */
class DomainIsPlainJavaTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnerhub.notification");

    @Test
    void theDomainHasNoFrameworkImports() {
        PlainJavaDomain.hasNoFrameworkImports("io.partnerhub.notification.message", "io.partnerhub.notification.delivery")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage("io.partnerhub.notification.message", "io.partnerhub.notification.delivery")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "io.partnerhub.notification.message", "io.partnerhub.notification.delivery", "java..")
                .check(classes);
    }
}
