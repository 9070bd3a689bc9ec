package io.partnerhub.tender;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partnerhub.platform.testing.PlainJavaDomain;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The business rules stay free of frameworks: adapters live in sub-packages and map at the edge. */
class DomainIsPlainJavaTest {

    static final String[] DOMAIN = {
            "io.partnerhub.tender.request", "io.partnerhub.tender.reveal", "io.partnerhub.tender.proposal",
            "io.partnerhub.tender.distribution", "io.partnerhub.tender.subscription", "io.partnerhub.tender.abuse",
            "io.partnerhub.tender.money", "io.partnerhub.tender.contact"};

    JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnerhub.tender");

    @Test
    void domainHasNoSpringMongoKafkaOrAvro() {
        PlainJavaDomain.hasNoFrameworkImports(DOMAIN).check(classes);
    }

    @Test
    void domainDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.partnerhub.tender..mongo..",
                        "io.partnerhub.tender..web..", "io.partnerhub.tender..kafka..", "io.partnerhub.tender..events..",
                        "io.partnerhub.tender..scheduling..", "io.partnerhub.tender..partnership..",
                        "io.partnerhub.tender.config..")
                .check(classes);
    }
}
