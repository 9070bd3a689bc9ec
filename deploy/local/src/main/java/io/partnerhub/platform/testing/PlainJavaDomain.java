package io.partnerhub.platform.testing;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rule every service's domain packages obey: business rules in plain Java, frameworks at the edge. */
public final class PlainJavaDomain {

    /** What the domain must not touch: frameworks, persistence, messaging, the wire contracts, the kit. */
    public static final String[] FRAMEWORKS = {
            "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "org.apache.avro..",
            "io.partnerhub.events..", "io.partnerhub.kit..", "jakarta..", "org.thymeleaf..", "io.micrometer.."};

    /** The kit's JDK-only building blocks (a test in the kit keeps them so): the domain may use them. */
    public static final String PLAIN_KIT = "io.partnerhub.kit.plain..";

    private PlainJavaDomain() {
    }

    public static ArchRule hasNoFrameworkImports(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(domainPackages)
                .should().dependOnClassesThat(resideInAnyPackage(FRAMEWORKS).and(not(resideInAPackage(PLAIN_KIT))))
                .because("the domain is plain Java, unit tested without Spring; adapters map at the edge");
    }
}
