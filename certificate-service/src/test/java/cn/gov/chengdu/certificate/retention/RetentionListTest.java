package cn.gov.chengdu.certificate.retention;

import static cn.gov.chengdu.certificate.type.CatalogueFixtures.approvedType;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.rejectedInReview;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class RetentionListTest {

    private static long draft(String title, String effectiveFrom, List<String> exclude) {
        return given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "effectiveFrom", effectiveFrom, "exclude", exclude))
                .post("/api/v1/retention-lists")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/retention-lists/"))
                .body("status", equalTo("DRAFT"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void publish(long id) {
        given().auth()
                .oauth2(TestTokens.admin())
                .post("/api/v1/retention-lists/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
    }

    @Test
    void publishingRetainsTheListAndAbolishesRetainedTypesLeftOut() {
        String kept = approvedType("困难群众救助证明", List.of());
        String dropped = approvedType("临时救助证明", List.of());
        String rejected = rejectedInReview("婚姻状况证明（测试）", List.of());
        long first = draft("第一版保留清单", "2017-05-01", List.of());
        given().get("/api/v1/retention-lists/" + first)
                .then()
                .body("items.code", hasItem(kept))
                .body("items.code", hasItem(dropped))
                .body("items.code", not(hasItem(rejected)));
        publish(first);
        given().get("/api/v1/certificate-types/" + dropped).then().body("status", equalTo("RETAINED"));

        long second = draft("第二版保留清单", "2018-01-01", List.of(dropped));
        given().get("/api/v1/certificate-types/" + dropped).then().body("status", equalTo("RETAINED"));
        publish(second);
        given().get("/api/v1/certificate-types/" + kept).then().body("status", equalTo("RETAINED"));
        given().get("/api/v1/certificate-types/" + dropped)
                .then()
                .body("status", equalTo("ABOLISHED"))
                .body("abolition.reason", equalTo("REMOVED_FROM_LIST"))
                .body("statusHistory[-1].from", equalTo("RETAINED"));

        given().queryParam("against", first)
                .get("/api/v1/retention-lists/" + second + "/diff")
                .then()
                .statusCode(200)
                .body("list.id", equalTo((int) second))
                .body("against.id", equalTo((int) first))
                .body("kept.code", hasItem(kept))
                .body("removed.code", hasItem(dropped))
                .body("added.code", not(hasItem(kept)));
        given().get("/api/v1/retention-lists/current")
                .then()
                .statusCode(200)
                .body("effectiveFrom", equalTo("2018-01-01"));
        given().get("/api/v1/retention-lists")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) second))
                .body("items[0].itemCount", notNullValue());
    }

    @Test
    void aPublishedListNeverChanges() {
        approvedType("计划生育证明（测试）", List.of());
        long id = draft("不可变清单", "2017-05-01", List.of());
        publish(id);
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .post("/api/v1/retention-lists/" + id + "/publish")
                        .then(),
                409,
                "ILLEGAL_TRANSITION");
    }

    @Test
    void onlyRetainableTypesCanBeLeftOut() {
        String draftOnly = cn.gov.chengdu.certificate.type.CatalogueFixtures.uniqueCode("DRF");
        cn.gov.chengdu.certificate.type.CatalogueFixtures.create(
                cn.gov.chengdu.certificate.type.CatalogueFixtures.draftBody(draftOnly, "草稿证明", List.of()));
        approvedType("就学证明（测试）", List.of());
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "title", "t", "effectiveFrom", "2017-05-01", "exclude", List.of(draftOnly)))
                                .post("/api/v1/retention-lists")
                                .then(),
                        422,
                        "CERTIFICATE_TYPE_NOT_RETAINABLE")
                .body("types", equalTo(List.of(draftOnly)));
    }

    @Test
    void onlyAdminsDraftAndPublish() {
        for (String token : List.of(TestTokens.citizen("c-9"), TestTokens.reviewer("r-9", "CIVIL_AFFAIRS"))) {
            assertProblem(
                    given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(Map.of("title", "t", "effectiveFrom", "2017-05-01"))
                            .post("/api/v1/retention-lists")
                            .then(),
                    403,
                    "FORBIDDEN");
        }
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("title", "t", "effectiveFrom", "2017-05-01"))
                        .post("/api/v1/retention-lists")
                        .then(),
                401,
                "UNAUTHENTICATED");
    }

    @Test
    void badInputAndUnknownListsAnswerProblems() {
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType(ContentType.JSON)
                                .body(Map.of("title", "t", "effectiveFrom", "2017-13-45"))
                                .post("/api/v1/retention-lists")
                                .then(),
                        400,
                        "INVALID_VALUE")
                .body("errors[0].field", equalTo("effectiveFrom"));
        assertProblem(given().get("/api/v1/retention-lists/999999").then(), 404, "NOT_FOUND");
        assertProblem(given().get("/api/v1/retention-lists/1/diff").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("against"));
        assertProblem(given().get("/api/v1/retention-lists/abc").then(), 400, "INVALID_VALUE");
    }
}
