package cn.gov.chengdu.petition.category;

import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PetitionCategoryResourceTest {

    @Test
    void deadlineMustBeBetweenOneAnd60WorkingDays() {
        for (int days : new int[] { 0, 61 }) {
            assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("code", "BAD_DAYS", "name", "x", "departmentCode", "POLICE", "deadlineWorkingDays",
                            days))
                    .post("/api/v1/petition-categories").then(), 400, "VALIDATION_FAILED")
                    .body("errors.field", contains("deadlineWorkingDays"));
        }
    }

    @Test
    void listFiltersByDepartment() {
        for (String code : new String[] { "DEPT_F_1", "DEPT_F_2" }) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", "噪音扰民", "departmentCode", "ECOLOGY", "deadlineWorkingDays", 5))
                    .post("/api/v1/petition-categories").then().statusCode(201);
        }
        given().queryParam("department", "ECOLOGY").get("/api/v1/petition-categories").then().statusCode(200)
                .body("items.departmentCode", everyItem(equalTo("ECOLOGY")))
                .body("items.code", org.hamcrest.Matchers.hasItems("DEPT_F_1", "DEPT_F_2"))
                .body("items.find { it.code == 'DEPT_F_1' }.name", equalTo("噪音扰民"));
    }
}
