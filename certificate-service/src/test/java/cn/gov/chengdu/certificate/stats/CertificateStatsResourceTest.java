package cn.gov.chengdu.certificate.stats;

import static cn.gov.chengdu.certificate.request.RequestCalls.act;
import static cn.gov.chengdu.certificate.request.RequestCalls.submitted;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class CertificateStatsResourceTest {

    @Inject
    CertificateFixtures fixtures;

    @Test
    void statsCountTheCatalogueAndTheIssuedCertificates() {
        JsonPath before = stats();
        String type = fixtures.retainedType(IssuingLevel.ANY, 30);
        fixtures.abolishedType("无依据", null);
        String community = fixtures.community(CommunityLevel.COMMUNITY);
        String citizen = TestTokens.citizen("stats-" + community);
        String staff = TestTokens.communityStaff("staff-" + community, community);
        for (int i = 0; i < 2; i++) {
            long id = submitted(citizen, type, community);
            fixtures.backdateSubmission(id, 5);
            act(staff, id, "issue", Map.of()).then().statusCode(200);
        }
        submitted(citizen, type, community);

        JsonPath after = stats();
        assertEquals(before.getLong("surveyed") + 2, after.getLong("surveyed"));
        assertEquals(before.getLong("retained") + 1, after.getLong("retained"));
        assertEquals(before.getLong("abolished") + 1, after.getLong("abolished"));
        assertEquals(
                after.getLong("abolished") * 100.0 / after.getLong("surveyed"),
                after.getDouble("reductionPercent"),
                1e-5,
                "JSON numbers read back as floats here; CertificateStatsTest checks the exact value");
        assertEquals(Map.of("code", type, "name", "居住证明", "count", 2), one(after.getList("issuedByType"), type));
        assertEquals(2, one(after.getList("issuedByCommunity"), community).get("count"));
        assertTrue(after.getDouble("averageProcessingHours") > 0, "issued requests took time to process");
    }

    private static Map<String, Object> one(List<Map<String, Object>> counts, String code) {
        return counts.stream()
                .filter(count -> code.equals(count.get("code")))
                .findFirst()
                .orElseThrow();
    }

    private static JsonPath stats() {
        return given().get("/api/v1/certificate-stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
