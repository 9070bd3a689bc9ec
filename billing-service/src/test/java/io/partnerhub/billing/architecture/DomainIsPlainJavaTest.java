package io.partnerhub.billing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partnerhub.platform.testing.PlainJavaDomain;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The billing domain (pricing, benefits, orders, invoices, wallet, volume, export format, who may order) is plain Java. */
class DomainIsPlainJavaTest {

    static final String[] DOMAIN = {
            "io.partnerhub.billing.money", "io.partnerhub.billing.pricing", "io.partnerhub.billing.benefit",
            "io.partnerhub.billing.order", "io.partnerhub.billing.invoice", "io.partnerhub.billing.wallet",
            "io.partnerhub.billing.volume", "io.partnerhub.billing.export", "io.partnerhub.billing.termination",
            "io.partnerhub.billing.collaborator"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnerhub.billing");

    @Test
    void domainHasNoFrameworkImports() {
        PlainJavaDomain.hasNoFrameworkImports(DOMAIN).check(classes);
    }

    @Test
    void domainDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.partnerhub.billing..application..", "io.partnerhub.billing..web..",
                        "io.partnerhub.billing..persistence..", "io.partnerhub.billing..messaging..")
                .check(classes);
    }
}
