package cn.gov.chengdu.schedule.department;

import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DepartmentResourceTest {

    private void create(String code, String name, boolean pilot) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "pilot", pilot))
                .post("/api/v1/departments").then().statusCode(201);
    }

    @Test
    void keysetPagesWalkTheWholeListInCodeOrderWithoutRepeats() {
        create("KS_A", "公安局", true);
        create("KS_B", "生态环境局", true);
        create("KS_C", "市场监督管理局", false);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/departments").then().statusCode(200).body("items.size()", lessThanOrEqualTo(2))
                    .extract();
            seen.addAll(page.path("items.code"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(seen.stream().sorted().distinct().toList(), seen, "codes ascend and none repeats");
        assertTrue(seen.containsAll(List.of("KS_A", "KS_B", "KS_C")));
        given().queryParam("pilot", true).queryParam("limit", 100).get("/api/v1/departments").then()
                .body("items.code", hasItem("KS_A")).body("items.code", not(hasItem("KS_C")))
                .body("items.pilot", not(hasItem(false)));
    }

    @Test
    void limitAbove100IsClamped() {
        for (int i = 0; i < 105; i++) {
            create("CLAMP_" + i, "限额测试" + i, false);
        }
        given().queryParam("limit", 5000).get("/api/v1/departments").then().statusCode(200)
                .body("items.size()", equalTo(100));
    }

    @Test
    void chineseNamesRoundTripAndTimesCarryTheBusinessOffset() {
        create("ROUND_TRIP", "成都市政务服务管理和网络理政办公室", true);
        given().get("/api/v1/departments/ROUND_TRIP").then().statusCode(200)
                .body("name", equalTo("成都市政务服务管理和网络理政办公室"))
                .body("pilot", equalTo(true))
                .body("englishName", nullValue())
                .body("createdAt", matchesPattern(".*\\+08:00$"));
    }

    @Test
    void codeMustFollowThePattern() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "lower case", "name", "x", "pilot", true)).post("/api/v1/departments").then(),
                400, "VALIDATION_FAILED").body("errors.field", contains("code"));
    }

    @Test
    void wrongTypeNamesTheField() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"TYPE_X\",\"name\":\"x\",\"pilot\":\"perhaps\"}").post("/api/v1/departments").then(),
                400, "INVALID_VALUE").body("errors[0].field", equalTo("pilot"));
    }

    @Test
    void unknownDepartmentIs404() {
        assertProblem(given().get("/api/v1/departments/NOPE").then(), 404, "NOT_FOUND");
    }
}
