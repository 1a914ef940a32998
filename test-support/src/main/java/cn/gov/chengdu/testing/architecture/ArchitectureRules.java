package cn.gov.chengdu.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules of the suite (docs/architecture.md), as ArchUnit rules any module's tests can check: see
 * {@link ServiceArchitectureTest} for a service; the gateway, common and persistence check theirs too.
 */
public final class ArchitectureRules {

    public static final String SUITE = "cn.gov.chengdu";
    public static final String COMMON = SUITE + ".common..";
    public static final String PERSISTENCE = SUITE + ".persistence..";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String ENTITY = "jakarta.persistence.Entity";

    private ArchitectureRules() {}

    /**
     * The main (not test) classes of the module under test, read from its {@code target/classes} (Surefire runs in
     * the module's directory): reading them by package would scan every jar on the test classpath.
     */
    public static JavaClasses mainClasses() {
        return new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    /** No two packages of the module depend on each other, directly or around a circle. */
    public static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(**)")
                .should()
                .beFreeOfCycles()
                .as("no package cycles in " + rootPackage);
    }

    /**
     * The module uses no other module of the suite than those named ({@code common} for everyone,
     * {@code persistence} for the services): a service never imports another service, the gateway no service.
     */
    public static ArchRule usesOnlyOwnCodeAnd(String rootPackage, String... allowedSuitePackages) {
        List<String> allowed = new ArrayList<>(List.of(allowedSuitePackages));
        allowed.add(rootPackage + "..");
        return noClasses()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(SUITE + "..").and(not(resideInAnyPackage(allowed.toArray(String[]::new)))))
                .as(rootPackage + " uses no code of the suite but its own and "
                        + allowed.stream()
                                .filter(p -> !p.startsWith(rootPackage))
                                .collect(Collectors.joining(", ")));
    }

    /** The gateway, and common, know nothing of databases: no persistence module, no JPA, Hibernate or JDBC pool. */
    public static ArchRule usesNoPersistence(String rootPackage) {
        return noClasses()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        PERSISTENCE,
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "io.agroal..",
                        "javax.sql..",
                        "io.quarkus.hibernate..",
                        "io.quarkus.narayana..",
                        "jakarta.transaction..")
                .as(rootPackage + " uses no persistence");
    }

    /** What goes on the wire are API records: no REST resource method returns an entity, alone or inside a type. */
    public static ArchRule resourcesReturnNoEntities() {
        return methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(PATH)
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .should(new ArchCondition<JavaMethod>("return no entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                            if (type.isAnnotatedWith(ENTITY)) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " returns the entity " + type.getName()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .as("REST resources return no entities");
    }

    /** Resources call services; repositories and the entity manager are the services' business. */
    public static ArchRule resourcesUseNoRepositories() {
        DescribedPredicate<JavaClass> dataAccess = simpleNameEndingWith("Repository")
                .or(assignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase"))
                .or(assignableTo("jakarta.persistence.EntityManager"))
                .as("repositories or the EntityManager");
        return noClasses()
                .that()
                .areAnnotatedWith(PATH)
                .should()
                .dependOnClassesThat(dataAccess)
                .allowEmptyShould(true)
                .as("REST resources use no repositories directly");
    }
}
