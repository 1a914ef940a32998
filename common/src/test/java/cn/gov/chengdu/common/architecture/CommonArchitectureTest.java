package cn.gov.chengdu.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * common is what every service and the gateway share: no package cycle, no domain (no service's package, no
 * entity) and no database (the persistence module has that). The same rules as test-support's
 * {@code ArchitectureRules}, written here because test-support depends on common.
 */
class CommonArchitectureTest {

    private static final JavaClasses COMMON = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void noPackageCycles() {
        slices().matching("cn.gov.chengdu.common.(**)")
                .should()
                .beFreeOfCycles()
                .check(COMMON);
    }

    @Test
    void noDomainCode() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.gov.chengdu.certificate..",
                        "cn.gov.chengdu.petition..",
                        "cn.gov.chengdu.schedule..",
                        "cn.gov.chengdu.gateway..",
                        "cn.gov.chengdu.persistence..")
                .check(COMMON);
        noClasses().should().beAnnotatedWith("jakarta.persistence.Entity").check(COMMON);
    }

    @Test
    void noDatabase() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "io.agroal..",
                        "javax.sql..",
                        "java.sql..",
                        "io.quarkus.narayana..",
                        "jakarta.transaction..")
                .check(COMMON);
    }
}
