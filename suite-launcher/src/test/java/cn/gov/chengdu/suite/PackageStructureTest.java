package cn.gov.chengdu.suite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The launcher's package graph, checked in the build. Plain JUnit tests calling ArchUnit's API: the {@code @ArchTest}
 * engine of archunit-junit5 1.5.0 discovers nothing on the JUnit Platform 6 that the Quarkus BOM brings.
 */
class PackageStructureTest {

    private static final JavaClasses LAUNCHER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.chengdu.suite");

    /** Every package on its own (the root package too, which {@code matching("..suite.(*)..")} would leave out). */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "each package of suite-launcher";
        }
    };

    @Test
    void noPackageCycles() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(LAUNCHER);
    }

    /**
     * {@code ./suite token} and {@code ./suite apikey} run from {@code suite-launcher.jar} alone, without
     * {@code target/lib} (no zonky, no JDBC): what their entry points reach may use the JDK and nothing else.
     */
    @Test
    void theQuickCommandsNeedOnlyTheJdk() {
        classes().that().resideInAnyPackage("cn.gov.chengdu.suite", "..suite.token", "..suite.apikey", "..suite.keys")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "cn.gov.chengdu.suite", "..suite.token", "..suite.apikey", "..suite.keys")
                .check(LAUNCHER);
    }
}
