package cn.gov.chengdu.gateway;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import cn.gov.chengdu.testing.architecture.ArchitectureRules;

/** The suite's architecture rules (docs/architecture.md) on the gateway: common only, and no persistence at all. */
class ArchitectureTest {

    private static final String ROOT = "cn.gov.chengdu.gateway";
    private final JavaClasses classes = ArchitectureRules.mainClasses();

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(classes);
    }

    @Test
    void usesNoServiceAndNoPersistence() {
        ArchitectureRules.usesOnlyOwnCodeAnd(ROOT, ArchitectureRules.COMMON).check(classes);
        ArchitectureRules.usesNoPersistence(ROOT).check(classes);
    }
}
