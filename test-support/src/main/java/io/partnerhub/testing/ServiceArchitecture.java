package io.partnerhub.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one architecture every service follows, as rules its tests run:
 * <pre>
 * io.partnerhub.&lt;service&gt;
 *   &lt;Service&gt;Application    the Spring Boot main class, alone at the root
 *   config/                  Spring configuration shared by the features
 *   &lt;feature&gt;/              the domain: plain Java, unit tested without Spring
 *   &lt;feature&gt;/application/  use cases wired by Spring
 *   &lt;feature&gt;/web/          HTTP controllers and pages
 *   &lt;feature&gt;/persistence/  MongoDB documents and stores
 *   &lt;feature&gt;/messaging/    Kafka listeners and events
 *   &lt;feature&gt;/scheduling/   sweepers and timers
 *   &lt;feature&gt;/client/       calls to another service's API
 *   &lt;feature&gt;/mail/         SMTP sending and email rendering
 * </pre>
 * Adapter packages may also sit at the root for code shared by the features.
 */
public final class ServiceArchitecture {

    /** The adapter vocabulary: the only packages where framework code may live. */
    public static final List<String> ADAPTERS =
            List.of("application", "web", "persistence", "messaging", "scheduling", "client", "mail", "config");

    /** What the domain must not touch: frameworks, persistence, messaging, the wire contracts, the kit's adapters. */
    public static final List<String> FRAMEWORKS = List.of(
            "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..", "org.apache.avro..",
            "io.partnerhub.events..", "io.partnerhub.kit..", "jakarta..", "org.thymeleaf..", "io.micrometer..");

    /** The kit's JDK-only building blocks, which the domain may use. */
    public static final String PLAIN_KIT = "io.partnerhub.kit.plain..";

    private final String root;
    private final JavaClasses classes;

    ServiceArchitecture(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The rules for the service whose main code sits below {@code rootPackage}, e.g. {@code io.partnerhub.billing}. */
    public static ServiceArchitecture of(String rootPackage) {
        return new ServiceArchitecture(rootPackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage));
    }

    /** Checks every rule; the failure lists each class that breaks one. */
    public void check() {
        rules().forEach(rule -> rule.check(classes));
    }

    public List<ArchRule> rules() {
        return List.of(packagesUseTheVocabulary(), domainIsPlainJava(), domainDoesNotReachIntoAdapters(),
                onlyTheApplicationClassAtTheRoot());
    }

    ArchRule domainIsPlainJava() {
        return noClasses().that(areDomain())
                .should().dependOnClassesThat(resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
                        .and(DescribedPredicate.not(resideInAPackage(PLAIN_KIT))))
                .because("the domain is plain Java, unit tested without Spring; framework code lives only in "
                        + ADAPTERS + " packages");
    }

    ArchRule domainDoesNotReachIntoAdapters() {
        return noClasses().that(areDomain())
                .should().dependOnClassesThat(areAdapters())
                .because("adapters depend on the domain, never the other way round");
    }

    ArchRule packagesUseTheVocabulary() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("sit in <root>, <root>.<feature>, <root>.<adapter> or "
                        + "<root>.<feature>.<adapter> with <adapter> one of " + ADAPTERS) {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        List<String> below = below(javaClass.getPackageName());
                        boolean fits = below.size() <= 1
                                || below.size() == 2 && ADAPTERS.contains(below.get(1)) && !ADAPTERS.contains(below.get(0));
                        if (!fits) {
                            events.add(SimpleConditionEvent.violated(javaClass,
                                    javaClass.getName() + " sits in a package outside the vocabulary"));
                        }
                    }
                });
    }

    ArchRule onlyTheApplicationClassAtTheRoot() {
        return classes().that().resideInAPackage(root)
                .should().haveSimpleNameEndingWith("Application")
                .because("the root holds the main class; shared code goes to config/ or a root-level adapter package")
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaClass> areDomain() {
        return DescribedPredicate.describe("are domain classes (a feature package, not an adapter)", javaClass -> {
            List<String> below = below(javaClass.getPackageName());
            return !below.isEmpty() && below.stream().noneMatch(ADAPTERS::contains);
        });
    }

    private DescribedPredicate<JavaClass> areAdapters() {
        return DescribedPredicate.describe("are adapters of this service", javaClass -> {
            if (!javaClass.getPackageName().startsWith(root)) {
                return false;
            }
            List<String> below = below(javaClass.getPackageName());
            return below.stream().anyMatch(ADAPTERS::contains);
        });
    }

    private List<String> below(String packageName) {
        if (packageName.equals(root)) {
            return List.of();
        }
        if (!packageName.startsWith(root + ".")) {
            return List.of("<outside>");
        }
        return Arrays.asList(packageName.substring(root.length() + 1).split("\\."));
    }
}
