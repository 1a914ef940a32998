package cn.gov.chengdu.certificate;

import io.quarkus.test.junit.QuarkusTest;

import cn.gov.chengdu.testing.ContractDriftTest;

/**
 * The served OpenAPI contract equals the committed {@code src/main/openapi/openapi.yaml}. Refresh it after an
 * intended API change: {@code ./mvnw -pl certificate-service -am verify -Dtest=ContractTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcontract.update=true} (docs/api-contracts.md).
 */
@QuarkusTest
class ContractTest extends ContractDriftTest {

    @Override
    protected String module() {
        return "certificate-service";
    }
}
