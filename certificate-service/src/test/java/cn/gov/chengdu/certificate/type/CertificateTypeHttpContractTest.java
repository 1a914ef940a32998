package cn.gov.chengdu.certificate.type;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import cn.gov.chengdu.testing.HttpContractTest;

/** certificate-service keeps the suite's HTTP contract, tried on the catalogue. */
@QuarkusTest
class CertificateTypeHttpContractTest extends HttpContractTest {

    @Override
    protected String collectionPath() {
        return "/api/v1/certificate-types";
    }

    @Override
    protected Map<String, Object> newResourceBody() {
        return CatalogueFixtures.draftBody(CatalogueFixtures.uniqueCode("HTTP"), "契约测试证明", List.of());
    }

    @Override
    protected String resourcePath(Map<String, Object> createBody) {
        return "/api/v1/certificate-types/" + createBody.get("code");
    }

    @Override
    protected Map<String, Object> updateBody(int round) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(
                CatalogueFixtures.draftBody("X", "契约测试证明（第" + round + "版）", List.of("别名" + round)));
        body.remove("code");
        return body;
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "name", "issuingLevel");
    }

    @Override
    protected String conflictCodeOnDuplicate() {
        return "CERTIFICATE_TYPE_EXISTS";
    }
}
