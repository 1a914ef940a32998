package cn.gov.chengdu.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The persistence module: no package cycle, no service's code. */
class PersistenceArchitectureTest {

    private static final JavaClasses PERSISTENCE = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void noPackageCycles() {
        slices().matching("cn.gov.chengdu.persistence.(**)")
                .should()
                .beFreeOfCycles()
                .check(PERSISTENCE);
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
                        "cn.gov.chengdu.gateway..")
                .check(PERSISTENCE);
    }
}
