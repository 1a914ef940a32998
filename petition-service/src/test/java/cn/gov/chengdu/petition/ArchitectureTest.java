package cn.gov.chengdu.petition;

import cn.gov.chengdu.testing.architecture.ServiceArchitectureTest;

/** The suite's architecture rules (docs/architecture.md) on petition-service's classes. */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "cn.gov.chengdu.petition";
    }
}
