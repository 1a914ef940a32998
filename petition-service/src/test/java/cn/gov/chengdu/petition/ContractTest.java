package cn.gov.chengdu.petition;

import cn.gov.chengdu.testing.ContractDriftTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served OpenAPI contract equals the committed {@code src/main/openapi/openapi.yaml}. Refresh it after an
 * intended API change: {@code ./mvnw -pl petition-service -am verify -Dtest=ContractTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcontract.update=true} (docs/api-contracts.md).
 */
@QuarkusTest
class ContractTest extends ContractDriftTest {

    @Override
    protected String module() {
        return "petition-service";
    }
}
