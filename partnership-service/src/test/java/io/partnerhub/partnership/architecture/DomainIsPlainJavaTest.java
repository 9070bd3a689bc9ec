package io.partnerhub.partnership.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partnerhub.platform.testing.PlainJavaDomain;
import org.junit.jupiter.api.Test;

/** The domain model (aggregates, values, events) knows nothing of Spring, Mongo, Kafka or Avro. */
class DomainIsPlainJavaTest {

    private static final String[] DOMAIN = {
            "io.partnerhub.partnership.shared..", "io.partnerhub.partnership.partner",
            "io.partnerhub.partnership.invitation", "io.partnerhub.partnership.partnership",
            "io.partnerhub.partnership.collaborator", "io.partnerhub.partnership.attachment",
            "io.partnerhub.partnership.access", "io.partnerhub.partnership.audit", "io.partnerhub.partnership.terms"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnerhub.partnership");

    @Test
    void domainHasNoFrameworkImports() {
        PlainJavaDomain.hasNoFrameworkImports(DOMAIN).check(classes);
    }
}
