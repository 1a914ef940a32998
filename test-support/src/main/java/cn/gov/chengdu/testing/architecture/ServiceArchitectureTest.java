package cn.gov.chengdu.testing.architecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The architecture every service keeps (docs/architecture.md), checked on its main classes by a plain unit test: a
 * service's {@code ArchitectureTest} extends this and names its root package.
 */
public abstract class ServiceArchitectureTest {

    private JavaClasses classes;

    /** e.g. {@code cn.gov.chengdu.certificate}. */
    protected abstract String rootPackage();

    private JavaClasses classes() {
        if (classes == null) {
            classes = ArchitectureRules.mainClasses();
        }
        return classes;
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(rootPackage()).check(classes());
    }

    @Test
    void noOtherServiceIsImported() {
        ArchitectureRules.usesOnlyOwnCodeAnd(rootPackage(), ArchitectureRules.COMMON, ArchitectureRules.PERSISTENCE)
                .check(classes());
    }

    @Test
    void resourcesReturnNoEntities() {
        ArchitectureRules.resourcesReturnNoEntities().check(classes());
    }

    @Test
    void resourcesUseNoRepositories() {
        ArchitectureRules.resourcesUseNoRepositories().check(classes());
    }
}
