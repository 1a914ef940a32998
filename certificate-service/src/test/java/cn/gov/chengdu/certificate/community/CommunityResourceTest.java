package cn.gov.chengdu.certificate.community;

import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.gov.chengdu.certificate.CertificateFixtures;

@QuarkusTest
class CommunityResourceTest {

    @Inject
    CertificateFixtures fixtures;

    @Test
    void anyoneListsCommunitiesByLevelAndDistrictPageByPage() {
        String village = fixtures.community(CommunityLevel.VILLAGE);
        String community = fixtures.community(CommunityLevel.COMMUNITY);
        given().queryParam("level", "VILLAGE")
                .queryParam("district", "武侯区")
                .queryParam("limit", 100)
                .get("/api/v1/communities")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(village))
                .body("items.code", not(hasItem(community)))
                .body("items.level", everyItem(equalTo("VILLAGE")))
                .body("items.district", everyItem(equalTo("武侯区")));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 1)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/communities")
                    .then()
                    .statusCode(200)
                    .extract();
            seen.addAll(page.path("items.code"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(seen.stream().sorted().distinct().toList(), seen, "codes ascend and none repeats");
        assertTrue(seen.containsAll(List.of(village, community)));
    }

    @Test
    void oneCommunityOr404() {
        String code = fixtures.community(CommunityLevel.COMMUNITY);
        given().get("/api/v1/communities/" + code)
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("level", equalTo("COMMUNITY"))
                .body("district", equalTo("武侯区"))
                .body("name", equalTo("测试社区" + code));
        assertProblem(given().get("/api/v1/communities/NO-SUCH").then(), 404, "NOT_FOUND");
        assertProblem(
                given().queryParam("level", "TOWN").get("/api/v1/communities").then(), 400, "INVALID_VALUE");
    }
}
